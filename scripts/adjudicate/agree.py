#!/usr/bin/env python3
"""agree.py GOLD OTHER: score one coder's file (OTHER) against another's (GOLD) the way
`rasid eval-facets` scores rasid: micro P/R/F1 of towns, governorates, actors (with ancestors),
event types; killed and event date exact on the gold's non-null values. Two coders who read the same
articles by the same guide, each blind to the other, give the agreement that rasid's figures on a
sample can be read against. Run from the repository root."""
import json, sys
par = {}
for l in open('../shared/taxonomy/actors.tsv', encoding='utf-8'):
    f = l.rstrip('\n').split('\t')
    if f[0] != 'id': par[f[0]] = f[1]
def anc(ids):
    if ids is None: return None
    out = set()
    for i in ids:
        n = 0
        while i and n < 8: out.add(i); i = par.get(i, ''); n += 1
    return out
def load(p): return {r['id']: r for r in map(json.loads, filter(str.strip, open(p, encoding='utf-8')))}
g, o = load(sys.argv[1]), load(sys.argv[2])
facs = ['towns', 'governorates', 'actors', 'event_types']
c = {f: [0, 0, 0] for f in facs}
kN = kOK = dN = dOK = 0
for i, gr in g.items():
    orr = o.get(i)
    if orr is None: print('missing in other:', i); continue
    for f in facs:
        gs, os_ = gr.get(f), orr.get(f)
        if gs is None: continue
        if f == 'actors': gs, os_ = anc(gs), anc(os_ or [])
        gs, os_ = set(gs), set(os_ or [])
        c[f][0] += len(gs & os_); c[f][1] += len(os_ - gs); c[f][2] += len(gs - os_)
    if gr.get('killed') is not None:
        kN += 1; kOK += gr['killed'] == orr.get('killed')
    if gr.get('event_date'):
        dN += 1; dOK += gr['event_date'] == orr.get('event_date')
print(f"{len(g)} articles\n{'facet':13} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
for f in facs:
    tp, fp, fn = c[f]
    p = tp / (tp + fp) if tp + fp else 1; r = tp / (tp + fn) if tp + fn else 1
    f1 = 2 * p * r / (p + r) if p + r else 0
    print(f"{f:13} {p:6.3f} {r:6.3f} {f1:6.3f} {tp:5} {fp:5} {fn:5}")
print(f"killed        on gold values {kOK/max(kN,1):.3f} ({kOK}/{kN})")
print(f"event_date    on gold values {dOK/max(dN,1):.3f} ({dOK}/{dN})")
