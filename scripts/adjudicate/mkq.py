#!/usr/bin/env python3
"""mkq.py VFILE OUTPREFIX SEED [PREVKEY...]: questions (OUTPREFIX-questions.md) and the lead's key
(OUTPREFIX-key.tsv: Q, id, facet, value or "A=..|B=..", side) from `rasid eval-facets -v` output.
Values already asked in PREVKEY files are skipped (two-phase protocol)."""
import random, re, sys
vfile, outp, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
prev = set()
for k in sys.argv[4:]:
    for line in open(k, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if len(p) >= 5:
            prev.add((p[1], p[2], p[3]))
arts, cur = {}, None
order = []
totals = re.compile(r'^(facet|towns|governorates|actors|event_types|killed|injured|event_date)\s|^\d+ articles')
for line in open(vfile, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip() or totals.match(line):
        continue
    if not line.startswith('  '):
        # an article: its id, a space, its title
        parts = line.split(' ', 1)
        cur = parts[0]
        if cur not in arts:
            arts[cur] = {'title': parts[1] if len(parts) > 1 else '', 'qs': []}
            order.append(cur)
        continue
    m = re.match(r'^\s+(\w+)\s+missing \[(.*?)\] extra \[(.*?)\]', line)
    if m:
        facet, miss, extra = m.group(1), m.group(2).split(), m.group(3).split()
        for v in miss:
            arts[cur]['qs'].append((facet, v, 'gold'))
        for v in extra:
            arts[cur]['qs'].append((facet, v, 'rasid'))
        continue
    m = re.match(r'^\s+(\w+)\s+gold (\S+) got (\S+)', line)
    if m:
        facet, g, r = m.group(1), m.group(2).strip('"'), m.group(3).strip('"')
        if g in ('', 'null'): g = '(none)'
        if r in ('', 'null'): r = '(none)'
        arts[cur]['qs'].append((facet, 'gold=%s|rasid=%s' % (g, r), 'choice'))
rng = random.Random(seed)
ids = [a for a in order if arts[a]['qs']]
rng.shuffle(ids)
n = 0
with open(outp + '-questions.md', 'w', encoding='utf-8') as q, open(outp + '-key.tsv', 'w', encoding='utf-8') as k:
    for a in ids:
        qs = [x for x in arts[a]['qs'] if (a, x[0], x[1]) not in prev]
        if not qs:
            continue
        rng.shuffle(qs)
        q.write('## %s — %s\n' % (a, arts[a]['title']))
        for facet, v, side in qs:
            n += 1
            if side == 'choice':
                g, r = v.split('|')
                opts = [g.split('=', 1)[1], r.split('=', 1)[1]]
                labels = ['gold', 'rasid']
                if rng.random() < 0.5:
                    opts.reverse(); labels.reverse()
                q.write('- Q%d %s: which is right per GUIDE — A: %s  |  B: %s  |  C: neither (say the right value)\n' % (n, facet, opts[0], opts[1]))
                k.write('Q%d\t%s\t%s\t%s\tA=%s:%s|B=%s:%s\n' % (n, a, facet, v, labels[0], opts[0], labels[1], opts[1]))
            else:
                q.write('- Q%d %s: is %s a correct value of this facet for this article, per GUIDE? yes / no\n' % (n, facet, v))
                k.write('Q%d\t%s\t%s\t%s\t%s\n' % (n, a, facet, v, side))
        q.write('\n')
print(n, 'questions')
