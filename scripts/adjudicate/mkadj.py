#!/usr/bin/env python3
"""mkadj.py SRC OUT KEY:ANSWERS [KEY:ANSWERS...]: the coder's gold SRC with the adjudicator's answers
applied (a rejected value removed, an accepted rasid value added, a choice taken), to OUT; each changed
line's why ends with 'adjudicated: ...'. Prints a summary of changes."""
import json, re, sys
src, out = sys.argv[1], sys.argv[2]
lines = [json.loads(l) for l in open(src, encoding='utf-8') if l.strip()]
by = {d['id']: d for d in lines}
changes = {}
stats = {'upheld': 0, 'changed': 0}
for pair in sys.argv[3:]:
    kf, af = pair.split(':')
    key = {}
    for l in open(kf, encoding='utf-8'):
        p = l.rstrip('\n').split('\t')
        key[p[0]] = p
    for l in open(af, encoding='utf-8'):
        m = re.match(r'^(Q\d+)\s+(\S+)\s*(.*)$', l.strip())
        if not m:
            continue
        q, ans, rest = m.group(1), m.group(2).strip(' —-:'), m.group(3)
        if q not in key:
            print('unknown', q); continue
        _, aid, facet, val, side = key[q]
        d = by[aid]
        if side in ('gold', 'rasid'):
            yes = ans.lower().startswith('yes')
            if side == 'gold' and not yes:
                d[facet] = [v for v in (d.get(facet) or []) if v != val]
                changes.setdefault(aid, []).append('-%s %s' % (facet, val)); stats['changed'] += 1
            elif side == 'rasid' and yes:
                d[facet] = (d.get(facet) or []) + [val]
                changes.setdefault(aid, []).append('+%s %s' % (facet, val)); stats['changed'] += 1
            else:
                stats['upheld'] += 1
        else:
            opts = dict(x.split('=', 1) for x in side.split('|'))  # A=gold:3|B=rasid:(none)
            letter = ans[0].upper()
            if letter in ('A', 'B'):
                who, v = opts[letter].split(':', 1)
            else:
                mv = re.search(r'(\d{4}-\d{2}-\d{2}|\d+|null|none)', rest + ' ' + ans[1:])
                who, v = 'neither', (mv.group(1) if mv else '(none)')
                if v in ('null', 'none'): v = '(none)'
            if who == 'gold':
                stats['upheld'] += 1; continue
            newv = None if v == '(none)' else (int(v) if facet in ('killed', 'injured') else v)
            d[facet] = newv
            changes.setdefault(aid, []).append('%s=%s' % (facet, v)); stats['changed'] += 1
for aid, ch in changes.items():
    by[aid]['why'] = (by[aid].get('why') or '') + ' | adjudicated: ' + '; '.join(ch)
with open(out, 'w', encoding='utf-8') as f:
    for d in lines:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(stats, len(changes), 'articles changed')
