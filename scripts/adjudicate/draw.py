#!/usr/bin/env python3
"""draw.py SEED OUT [SKIP...]: draw a new held-out sample of 60 article ids to OUT, as holdout-15 to -19
were drawn: 30 like fresh-10 (20 ant-syria, SaudiNewsNet 2 that write سوري, 4 with a war word and no سوري,
4 with neither) and 30 like fresh-11 (ant-all 14 whose title or first paragraph has a war word + 6 random,
SaudiNewsNet 7 + 3), bodies of 200-5,000 characters (see take() for the top-ups once ant-syria ran short), one article per URL, leaving out every id (and ANT
URL) of the dev gold and of every testdata gold file except the SKIP files (the sample's own files, to
reproduce a draw after they were committed). Run from the repository root.

    python3 scripts/adjudicate/draw.py 1919 /tmp/ids.txt analyzers/facets/testdata/holdout19-gold.jsonl \
        analyzers/facets/testdata/adjudication/holdout19-gold.jsonl      # holdout-19's ids again

The articles of the corpus audits (testdata/audit/*.tsv) are left out as well, unless BEFORE_AUDITS=1 (a draw made
before round 33's audits, such as holdout-32's, is reproduced with it); AUDITS_BEFORE=N leaves out only the audits of
rounds before N (holdout-33, drawn before round 34's audits: AUDITS_BEFORE=34).
"""
import gzip, json, glob, random, re, sys
seed, outfile, skip = int(sys.argv[1]), sys.argv[2], set(sys.argv[3:])
used_ids, used_urls = set(), set()
files = ['../shared/eval/dev-gold.jsonl'] + [f for f in glob.glob('analyzers/facets/testdata/*-gold.jsonl') +
    glob.glob('analyzers/facets/testdata/adjudication/*-gold.jsonl') if f not in skip]
for f in files:
    for l in open(f, encoding='utf-8'):
        if l.strip(): used_ids.add(json.loads(l)['id'])
# The articles of the corpus audits (testdata/audit, from round 33) had rules written from them, so a blind sample
# leaves them out too. BEFORE_AUDITS=1 draws as before them, to reproduce holdout-32 and earlier samples.
import os
# AUDITS_BEFORE=N leaves out only the audits of rounds before N (round34-*.tsv and later are kept in the draw), to
# reproduce a sample drawn in round N before that round's audits were committed: holdout-33 is AUDITS_BEFORE=34.
def audit_round(f):
    m = re.match(r'round(\d+)-', os.path.basename(f))
    return int(m.group(1)) if m else 0
if os.environ.get('BEFORE_AUDITS') != '1':
    for f in glob.glob('analyzers/facets/testdata/audit/*.tsv'):
        if os.environ.get('AUDITS_BEFORE') and audit_round(f) >= int(os.environ['AUDITS_BEFORE']):
            continue
        for l in list(open(f, encoding='utf-8'))[1:]:
            if l.strip(): used_ids.add(l.split('\t')[0])
def load(p):
    return [json.loads(l) for l in gzip.open(p, 'rt', encoding='utf-8')]
ant = load('../shared/corpus/ant-all.jsonl.gz'); syr = load('../shared/corpus/ant-syria.jsonl.gz'); snn = load('../shared/corpus/saudinewsnet.jsonl.gz')
for a in ant + syr:
    if a['id'] in used_ids: used_urls.add(a.get('url'))
war = re.compile('هجوم|قصف|غارة|اشتباك|اعتقال|توقيف|اختطاف|احتجاج|تظاهر|انفجار|تفجير|مسلح')
def ok(a, seen):
    if a['id'] in used_ids or a.get('url') in used_urls or a.get('url') in seen: return False
    return 200 <= len(a.get('body') or '') <= 5000
# By round 60 the ant-syria articles of 200-5,000 characters were nearly all drawn (17 left after holdout-59), so a
# pool too small for its quota is taken whole and topped up from its articles of 5,000-8,000 characters. A draw whose
# pools were large enough (every draw before round 60) is unchanged: the random sequence is the same.
def ok_long(a, seen):
    if a['id'] in used_ids or a.get('url') in used_urls or a.get('url') in seen: return False
    return 5000 < len(a.get('body') or '') <= 8000
def first_para(a):
    return (a.get('title') or '') + ' ' + (a.get('body') or '').split('\n')[0]
r = random.Random(seed)
seen, out = set(), []
# By round 61 the 5,000-8,000-character ant-syria articles ran short too (25 left before holdout-60, 5 after it), and
# every ant-all article that writes سوري is in ant-syria. A Syria quota still short is topped up from SaudiNewsNet's
# 200-5,000-character articles that write سوري in the title or first paragraph (386 before round 61), so a blind sample
# keeps articles about Syria. Draws that did not reach this step are unchanged.
def take(pool, n, fallback=()):
    short = [a for a in pool if ok(a, seen)]
    if len(short) >= n:
        picked = r.sample(short, n)
    else:
        long = [a for a in pool if ok_long(a, seen)]
        if len(short) + len(long) >= n:
            picked = short + r.sample(long, n - len(short))
        else:
            picked = short + long + r.sample([a for a in fallback if ok(a, seen)], n - len(short) - len(long))
    for a in picked:
        seen.add(a.get('url')); used_ids.add(a['id']); out.append(a['id'])
take(syr, 20, [a for a in snn if 'سوري' in first_para(a)])
take([a for a in snn if 'سوري' in a['body']], 2)
take([a for a in snn if 'سوري' not in a['body'] and war.search(a['body'])], 4)
take([a for a in snn if 'سوري' not in a['body'] and not war.search(a['body'])], 4)
take([a for a in ant if war.search(first_para(a))], 14)
take(ant, 6)
take([a for a in snn if war.search(first_para(a))], 7)
take(snn, 3)
print(len(out), len(set(out)))
open(outfile, 'w').write('\n'.join(out) + '\n')
