#!/usr/bin/env python3
"""sample.py SHARES FACET N SEED OUT [VALUE...]: a corpus audit's sample — N (article, value) pairs drawn at random
(SEED) from what rasid gives FACET (towns, actors, event_types, killed, …; only VALUEs if named) over the corpora of a
saved shares run (`rasid eval-facets --shares --shares-out SHARES`), leaving out every article of the dev gold, of
every gold file under testdata, and of earlier samples (EXCLUDE, a colon-separated list of TSV files, from the
environment; a file of bare ids after a header line works too: until round 62 its ids kept their newline and left
nothing out, so round 62's c62et sample, drawn with the ids of 6264 in such a file, holds one of them). Writes a TSV (id, facet, value, all of rasid's values of the facet, title) for a reader to judge each
value right / wrong / arguable by the guide. Run from the repository root.

With FACET "recall", draws N articles whose title has a war word instead, with rasid's actors and event types, to be
coded in full by the reader and compared: the misses a value sample cannot show.

    rasid eval-facets --shares --shares-out /tmp/now.json.gz
    python3 scripts/audit/sample.py /tmp/now.json.gz actors 80 3535 /tmp/states.tsv usa russia iran turkey israel
"""
import glob, gzip, json, os, random, re, sys

shares, facet, n, seed, out, values = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], set(sys.argv[6:])
skip = set()
for f in ['../shared/eval/dev-gold.jsonl'] + glob.glob('analyzers/facets/testdata/*-gold.jsonl') + \
        glob.glob('analyzers/facets/testdata/adjudication/*-gold.jsonl'):
    for line in open(f, encoding='utf-8'):
        if line.strip():
            skip.add(json.loads(line)['id'])
for f in filter(None, os.environ.get('EXCLUDE', '').split(':')):
    for line in list(open(f, encoding='utf-8'))[1:]:
        skip.add(line.split('\t')[0].strip())
arts = {}
for c in json.load(gzip.open(shares))['corpora']:
    for i, a in c['articles'].items():
        if i not in skip:
            arts.setdefault(i, a)
rnd = random.Random(seed)
with open(out, 'w', encoding='utf-8') as f:
    if facet == 'recall':
        war = re.compile('هجوم|قصف|غارة|غارات|اشتباك|اعتقال|توقيف|اختطاف|احتجاج|تظاهر|انفجار|تفجير|مسلح|مقتل|قتلى|معارك|سيطر|استعاد|اتفاق')
        pick = rnd.sample(sorted(i for i, a in arts.items() if war.search(a['title'])), n)
        f.write('id\ttitle\trasid_actors\trasid_event_types\n')
        for i in sorted(pick):
            a = arts[i]
            f.write('%s\t%s\t%s\t%s\n' % (i, a['title'], ' '.join(a.get('actors') or []), ' '.join(a.get('event_types') or [])))
        sys.exit()
    pairs = []
    for i in sorted(arts):
        v = arts[i].get(facet)
        if v is None:
            continue
        if not isinstance(v, list):
            pairs.append((i, str(v)))
            continue
        pairs += [(i, x) for x in v if not values or x in values]
    f.write('id\tfacet\tvalue\tall_values_of_facet\ttitle\n')
    for i, x in sorted(rnd.sample(pairs, min(n, len(pairs)))):
        v = arts[i][facet]
        f.write('%s\t%s\t%s\t%s\t%s\n' % (i, facet, x, ' '.join(v) if isinstance(v, list) else v, arts[i]['title']))
