#!/usr/bin/env python3
"""articles.py IDS OUTDIR: the coders' article files for a drawn sample (draw.py's IDS), OUTDIR/articles-a.txt with
the first 30 ids and OUTDIR/articles-b.txt with the rest, each article as "=== ID:", DATE (publication), TITLE and
body, read from the corpora (ant-syria, ant-all, SaudiNewsNet). Run from the repository root."""
import gzip, json, os, sys
ids = [l.strip() for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
want, got = set(ids), {}
for p in ['../shared/corpus/ant-syria.jsonl.gz', '../shared/corpus/ant-all.jsonl.gz', '../shared/corpus/saudinewsnet.jsonl.gz']:
    for l in gzip.open(p, 'rt', encoding='utf-8'):
        a = json.loads(l)
        if a['id'] in want and a['id'] not in got:
            got[a['id']] = a
missing = want - set(got)
if missing:
    sys.exit('not in the corpora: %s' % ' '.join(sorted(missing)))
for part, sl in (('a', ids[:30]), ('b', ids[30:])):
    with open(os.path.join(sys.argv[2], 'articles-%s.txt' % part), 'w', encoding='utf-8') as f:
        for i in sl:
            a = got[i]
            f.write('=== ID: %s\nDATE: %s\nTITLE: %s\n\n%s\n\n' % (i, a.get('date'), a.get('title'), a.get('body')))
