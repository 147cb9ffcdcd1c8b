#!/usr/bin/env bash
# blind.sh BIN [-v]: the blind audit codings (testdata/audit/round*-blind*.tsv) as one gold, the check every rule
# branch must not make worse. ROUNDS limits it to some rounds (e.g. ROUNDS="37 38 53"); by default every round
# whose audits were committed before the current round's (EXCEPT, default the newest round, whose audits had
# rules written from them). Run from the repository root.
set -euo pipefail
BIN=${1:?usage: blind.sh BIN [-v]}; shift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 scripts/audit/blindgold.py "$tmp" >/dev/null
newest=$(ls "$tmp" | sed 's/round\([0-9]*\)-.*/\1/' | sort -n | tail -1)
: > "$tmp/all.jsonl"
for f in $(ls "$tmp"/round*-blind-gold.jsonl | sort -V); do
  n=$(basename "$f" | sed 's/round\([0-9]*\)-.*/\1/')
  if [ -n "${ROUNDS:-}" ]; then case " $ROUNDS " in *" $n "*) ;; *) continue ;; esac
  elif [ "$n" = "${EXCEPT:-$newest}" ]; then continue; fi
  cat "$f" >> "$tmp/all.jsonl"
done
"$BIN" eval-facets --split all --gold "$tmp/all.jsonl" "$@"
