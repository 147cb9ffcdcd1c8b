#!/usr/bin/env bash
# pool.sh BIN [-v]: the tunable pool the facet rounds measure rules on — the dev gold's tune part, then every
# tunable gold file pooled: testdata/fresh*, holdout11-12 and the adjudicated holdout13 on (a held-back file is
# refused by eval-facets' callers, not here: HELD names the samples left out, default "65 66"). Run from the
# repository root with a built rasid (go build -o /tmp/rasid ./cmd/rasid).
#
#   scripts/eval/pool.sh /tmp/rasid            # totals
#   scripts/eval/pool.sh /tmp/rasid -v         # and every article's differences, to diff two binaries
set -euo pipefail
BIN=${1:?usage: pool.sh BIN [-v]}; shift
T=analyzers/facets/testdata
HELD=" ${HELD:-65 66} "
G=()
for f in $T/fresh*-gold.jsonl $T/holdout11-gold.jsonl $T/holdout12-gold.jsonl; do G+=(--gold "$f"); done
for f in $(ls $T/adjudication/holdout*-gold.jsonl | sort -V); do
  n=$(basename "$f" | sed 's/holdout\([0-9]*\)-gold.jsonl/\1/')
  case "$HELD" in *" $n "*) continue ;; esac
  G+=(--gold "$f")
done
echo "== tune part"; "$BIN" eval-facets --split tune "$@"
echo "== pooled ($(( ${#G[@]} / 2 )) files)"; "$BIN" eval-facets --split all "${G[@]}" "$@"
