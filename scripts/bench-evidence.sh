#!/bin/sh
# bench-evidence.sh — what evidence costs extraction (issue 10): the commit
# extraction started from (BASE, before the package split and evidence)
# against this tree, one process after the other in rounds, so the noise of
# a shared machine hits both alike; plus the in-process ratio of
# ExtractWithEvidence to Extract. Prints µs per article and the ratios.
#
# With a third commit (a round's start, after the package split) its
# Extract and ExtractWithEvidence are timed in the same rounds too.
#
#   scripts/bench-evidence.sh [BASE] [ROUNDS] [START]     # defaults: 7628cee, 5, none
set -eu
base=${1:-7628cee}
rounds=${2:-5}
start=${3:-}
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -C "$root" archive "$base" | tar -x -C "$tmp"
# The base tree is read in place of this one: its tests read ../examples.
(cd "$tmp" && go test -c -o "$tmp/base.test" ./analyzers >/dev/null)
(cd "$root" && go test -c -o "$tmp/new.test" ./analyzers/facets >/dev/null)
if [ -n "$start" ]; then
	mkdir "$tmp/start"
	git -C "$root" archive "$start" | tar -x -C "$tmp/start"
	(cd "$tmp/start" && go test -c -o "$tmp/start.test" ./analyzers/facets >/dev/null)
fi
us() { awk '/µs\/article/ { for (i = 1; i <= NF; i++) if ($(i+1) == "µs/article") print $i }'; }
: >"$tmp/base" ; : >"$tmp/new" ; : >"$tmp/newev" ; : >"$tmp/ratio" ; : >"$tmp/start.x" ; : >"$tmp/start.ev"
i=0
while [ $i -lt "$rounds" ]; do
	(cd "$tmp/analyzers" && "$tmp/base.test" -test.run '^$' -test.bench '^BenchmarkExtract$' -test.benchtime 2s) | us >>"$tmp/base"
	if [ -n "$start" ]; then
		(cd "$root/analyzers/facets" && "$tmp/start.test" -test.run '^$' -test.bench '^BenchmarkExtract$' -test.benchtime 2s) | us >>"$tmp/start.x"
		(cd "$root/analyzers/facets" && "$tmp/start.test" -test.run '^$' -test.bench '^BenchmarkExtractWithEvidence$' -test.benchtime 2s) | us >>"$tmp/start.ev"
	fi
	(cd "$root/analyzers/facets" && "$tmp/new.test" -test.run '^$' -test.bench '^BenchmarkExtract$' -test.benchtime 2s) | us >>"$tmp/new"
	(cd "$root/analyzers/facets" && "$tmp/new.test" -test.run '^$' -test.bench '^BenchmarkExtractWithEvidence$' -test.benchtime 2s) | us >>"$tmp/newev"
	(cd "$root/analyzers/facets" && "$tmp/new.test" -test.run '^$' -test.bench '^BenchmarkEvidenceRatio$' -test.benchtime 2s) |
		awk '{ for (i = 1; i <= NF; i++) if ($(i+1) == "evidence/plain") print $i }' >>"$tmp/ratio"
	i=$((i + 1))
done
median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
b=$(median "$tmp/base"); n=$(median "$tmp/new"); e=$(median "$tmp/newev"); r=$(median "$tmp/ratio")
echo "median of $rounds rounds, µs per article on the seeds:"
echo "  base $base Extract:              $b"
echo "  now Extract:                      $n   ($(echo "$n $b" | awk '{ printf "%.2f", $1 / $2 }')x base)"
echo "  now ExtractWithEvidence:          $e   ($(echo "$e $b" | awk '{ printf "%.2f", $1 / $2 }')x base)"
echo "  in-process evidence/plain ratio:  $r"
if [ -n "$start" ]; then
	sx=$(median "$tmp/start.x"); se=$(median "$tmp/start.ev")
	echo "  start $start Extract:            $sx   ($(echo "$sx $b" | awk '{ printf "%.2f", $1 / $2 }')x base)"
	echo "  start ExtractWithEvidence:        $se   ($(echo "$se $b" | awk '{ printf "%.2f", $1 / $2 }')x base)"
fi
