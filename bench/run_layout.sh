#!/usr/bin/env bash
# bench/run_layout.sh: our force layout against the `sfdp` command on the same synthetic regional
# network and machine (DESIGN.md §9). Prints both wall times (the whole process: load, layout,
# write) and whether `orgweave layout --engine force` was faster.
#
# usage: bench/run_layout.sh [-n NODES] [--seed S] [--orgweave PATH] [--generator PATH]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ORGWEAVE="$ROOT/build/app/cli/orgweave"
GENERATOR="$ROOT/build/bench/orgweave-bench-generate"
NODES=10000
SEED=1

while [ $# -gt 0 ]; do
    case "$1" in
        -n) NODES="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --orgweave) ORGWEAVE="$2"; shift 2 ;;
        --generator) GENERATOR="$2"; shift 2 ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) echo "run_layout.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

for tool in "$ORGWEAVE" "$GENERATOR"; do
    [ -x "$tool" ] || { echo "run_layout.sh: $tool not built (cmake --build build)" >&2; exit 2; }
done
command -v sfdp >/dev/null || { echo "run_layout.sh: the sfdp command (graphviz) is missing" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/orgweave-layout-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
PREFIX="$WORK/region-$NODES"

"$GENERATOR" -n "$NODES" --seed "$SEED" -o "$PREFIX" >/dev/null
"$ORGWEAVE" convert "$PREFIX.orgweave.json" "$PREFIX.dot" >/dev/null

seconds() {  # wall time of a command, seconds with 2 decimals
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$start $end" | awk '{ printf "%.2f", $2 - $1 }'
}

FORCE=$(seconds "$ORGWEAVE" layout "$PREFIX.orgweave.json" --engine force --seed "$SEED" \
    --out "$WORK/force.orgweave.json")
SFDP=$(seconds sfdp -Tdot -o "$WORK/sfdp.dot" "$PREFIX.dot")

echo "nodes: $NODES ($(grep -c -- '->\|--' "$PREFIX.dot") ties)"
echo "orgweave layout --engine force: ${FORCE} s"
echo "sfdp:                           ${SFDP} s"
awk -v f="$FORCE" -v s="$SFDP" 'BEGIN {
    if (f < s) print "PASS: force is faster than sfdp"; else print "FAIL: force is not faster than sfdp"
}'
