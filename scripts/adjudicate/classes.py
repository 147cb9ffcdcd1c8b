#!/usr/bin/env python3
"""classes.py KEY ANSWERS: rasid's errors on an adjudicated sample counted by facet and by the class of reading the
adjudicator tagged each answer with (` Class: <class>` at the end of its line, from round 49), read from mkq.py's key
and the answers alone, so a held-back sample's kinds of error can be known without reading its articles. An error is
a value rasid added that the answer rejects (added), a coder's value the answer keeps (missed), or a choice the answer
gives against rasid (wrong). The key is not committed; mkq.py writes it again from the start binary's
`eval-facets -v` output on the raw sample with the same seed."""
import collections, re, sys

key = {}
for line in open(sys.argv[1], encoding='utf-8'):
    p = line.rstrip('\n').split('\t')
    if len(p) >= 5:
        key[p[0]] = p
count = collections.Counter()
for line in open(sys.argv[2], encoding='utf-8'):
    m = re.match(r'^(Q\d+)\s+(\S+)', line.strip())
    if not m or m.group(1) not in key:
        continue
    ans = m.group(2).strip(' —-:')
    c = re.search(r'Class:\s*([\w-]+)\s*$', line.strip())
    _, _, facet, _, side = key[m.group(1)]
    if side == 'gold':
        err = 'missed' if ans == 'yes' else None
    elif side == 'rasid':
        err = 'added' if ans == 'no' else None
    else:
        labels = dict(x.split(':', 1)[0].split('=') for x in side.split('|'))
        err = None if labels.get(ans) == 'rasid' else 'wrong'
    if err:
        count[(facet, err, c.group(1) if c else '?')] += 1
for (facet, err, cls), n in sorted(count.items()):
    print('%-13s %-7s %-16s %d' % (facet, err, cls, n))
