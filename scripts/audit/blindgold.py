#!/usr/bin/env python3
"""blindgold.py OUTDIR: the blind audit codings (testdata/audit/roundNN-blind*.tsv) as gold files eval-facets and the
trainers read, one file per round (OUTDIR/roundNN-blind-gold.jsonl), so that a trainer leaving one file out at a
time leaves out one round's audits. An empty toll or date cell is null. Run from the repository root.

    python3 scripts/audit/blindgold.py /tmp/blind
    rasid eval-facets --split all --gold '/tmp/blind/*.jsonl'
    go run ./analyzers/facets/internal/trainactors -quick -more '/tmp/blind/*.jsonl'
"""
import collections, glob, json, os, re, sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rounds = collections.defaultdict(list)
for f in sorted(glob.glob('analyzers/facets/testdata/audit/round*-blind*.tsv')):
    rounds[re.match(r'(round\d+)-', os.path.basename(f)).group(1)].append(f)


def num(s):
    s = s.strip()
    return int(s) if s and s != 'null' else None


for r, files in sorted(rounds.items()):
    with open(os.path.join(out, r + '-blind-gold.jsonl'), 'w', encoding='utf-8') as w:
        for f in files:
            for line in open(f, encoding='utf-8'):
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('id\t'):
                    continue
                c = line.split('\t')
                c += [''] * (9 - len(c))
                date = c[7].strip()
                w.write(json.dumps({'id': c[0], 'towns': c[1].split(), 'governorates': c[2].split(),
                                    'actors': c[3].split(), 'event_types': c[4].split(), 'killed': num(c[5]),
                                    'injured': num(c[6]), 'event_date': date if date and date != 'null' else None,
                                    'why': c[8]}, ensure_ascii=False) + '\n')
