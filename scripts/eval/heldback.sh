#!/usr/bin/env bash
# heldback.sh BIN [BIN2]: the held-back figures, totals only (no article is printed): the dev gold's untouched part,
# raw and adjudicated, and the held-back samples' adjudicated files (HELD, default "65 66"). With a second binary,
# both are run and the lines that differ are marked, as the round's end figures are read against its start.
set -euo pipefail
T=analyzers/facets/testdata
run() {
  echo "== untouched raw"; "$1" eval-facets --split untouched | tail -7
  echo "== untouched adj"; "$1" eval-facets --split untouched --gold $T/adjudication/untouched-gold.jsonl | tail -7
  for h in ${HELD:-65 66}; do
    echo "== holdout$h adj"; "$1" eval-facets --split all --gold $T/adjudication/holdout$h-gold.jsonl | tail -7
  done
}
if [ $# -lt 2 ]; then run "${1:?usage: heldback.sh BIN [BIN2]}"; exit; fi
paste -d'|' <(run "$1") <(run "$2") | awk -F'|' '{ if ($1 == $2) print "  " $1; else print "* " $1 "  →  " $2 }'
