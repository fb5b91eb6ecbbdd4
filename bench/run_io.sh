#!/usr/bin/env bash
# bench/run_io.sh: load, save and validate of a national-scale native document (issue 21), beside
# anchors measured in the same run on the same file: python3's json.load and, when installed, jq.
# Usage: bench/run_io.sh [--nodes N] [--seed S] [--repeat R] [--data DIR] [--orgweave PATH]
#                        [--generator PATH] [--bench-io PATH]
# Prints a Markdown table: wall time, CPU time (user + system) and peak RSS of each, the file size,
# load alone and save alone timed in one process (orgweave-bench-io, with python3's json.load of
# the same file beside them), and PASS/FAIL for the targets (load < 1 s, save < 1 s, validate
# peak < 5x the file size).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ORGWEAVE="$ROOT/build/app/cli/orgweave"
GENERATOR="$ROOT/build/bench/orgweave-bench-generate"
BENCH_IO="$ROOT/build/bench/orgweave-bench-io"
DATA="${TMPDIR:-/tmp}/orgweave-bench-io"
NODES=100000
SEED=1
REPEAT=3
while [[ $# -gt 0 ]]; do
    case "$1" in
        --nodes) NODES="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --repeat) REPEAT="$2"; shift 2 ;;
        --data) DATA="$2"; shift 2 ;;
        --orgweave) ORGWEAVE="$2"; shift 2 ;;
        --generator) GENERATOR="$2"; shift 2 ;;
        --bench-io) BENCH_IO="$2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run_io.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
for tool in "$ORGWEAVE" "$GENERATOR" "$BENCH_IO" /usr/bin/time; do
    [[ -x "$tool" ]] || { echo "run_io.sh: missing $tool (build orgweave, orgweave-bench-generate and orgweave-bench-io; apt-get install time)" >&2; exit 2; }
done
mkdir -p "$DATA"
FILE="$DATA/national-$NODES.orgweave.json"
log() { echo "[io $(date +%H:%M:%S)] $*" >&2; }

log "generating $NODES roles, seed $SEED (--rich)"
GEN_LINE="$("$GENERATOR" --nodes "$NODES" --seed "$SEED" --rich --no-csv --out "$DATA/national-$NODES")"
log "  $GEN_LINE"
SIZE=$(stat -c %s "$FILE")

# run LABEL CMD...: median wall (s), median CPU (s) and max RSS (KiB) over REPEAT runs
declare -A WALL CPU RSS
run() {
    local label="$1"; shift
    local walls=() cpus=() rss=0
    for ((r = 1; r <= REPEAT; r++)); do
        /usr/bin/time -v -o "$DATA/time.txt" "$@" >/dev/null 2>"$DATA/stderr.txt" || {
            echo "run_io.sh: $label failed: $(head -c 300 "$DATA/stderr.txt")" >&2; exit 1; }
        walls+=("$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$DATA/time.txt" |
            awk -F: '{s=0; for (i=1;i<=NF;i++) s=s*60+$i; printf "%.3f\n", s}')")
        cpus+=("$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.3f\n", s }' "$DATA/time.txt")")
        local k; k=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$DATA/time.txt")
        ((k > rss)) && rss=$k
    done
    WALL[$label]=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    CPU[$label]=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    RSS[$label]=$rss
    log "  $label: ${WALL[$label]} s wall, ${CPU[$label]} s CPU, ${RSS[$label]} KiB"
}

LABELS=()
log "orgweave validate (load + validation)"; run validate "$ORGWEAVE" validate "$FILE"; LABELS+=(validate)
# load + save: orgweave convert (native → native) reads the document and writes it again
log "orgweave convert (load + save)"; run convert "$ORGWEAVE" convert "$FILE" "$DATA/resaved.orgweave.json"; LABELS+=(convert)
cmp -s "$FILE" "$DATA/resaved.orgweave.json" && SAME="byte-identical" || SAME="DIFFERENT"
log "python3 json.load (anchor)"; run json.load /usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1], "rb"))' "$FILE"; LABELS+=(json.load)
log "python3 json.load + json.dump (anchor)"
run json.load+dump /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1], "rb")); json.dump(d, open(sys.argv[2], "w"))' "$FILE" "$DATA/python.json"
LABELS+=(json.load+dump)
if command -v jq >/dev/null; then
    log "jq empty (anchor)"; run "jq empty" jq empty "$FILE"; LABELS+=("jq empty")
fi

log "orgweave-bench-io (load, validate and save alone, in one process)"
IO_TABLE="$("$BENCH_IO" "$FILE" --repeat "$REPEAT" --out "$DATA/bench-io.orgweave.json")"

mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
echo "### Native document I/O: $(sed -n 's/.*nodes=\([0-9]*\).*/\1/p' <<<"$GEN_LINE") roles, file $(mib $((SIZE / 1024))) MiB"
echo
echo "| what | wall (s) | CPU (s) | peak RSS (MiB) | peak / file size |"
echo "|---|---:|---:|---:|---:|"
for l in "${LABELS[@]}"; do
    echo "| $l | ${WALL[$l]} | ${CPU[$l]} | $(mib "${RSS[$l]}") | $(awk -v k="${RSS[$l]}" -v s="$SIZE" 'BEGIN { printf "%.1fx", k * 1024 / s }') |"
done
echo
echo "Load, validation and save alone, timed inside one process by orgweave-bench-io:"
echo
echo "$IO_TABLE"
echo
echo "Save alone, inside the generator (build the Model + core::saveDocument): write_s in the line below."
echo "Generator: \`orgweave-bench-generate --nodes $NODES --seed $SEED --rich\` → $GEN_LINE"
echo "Resaved file is $SAME to the generated one. Median of $REPEAT runs; peak RSS is the maximum."
echo "Machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
echo
LOAD=${WALL[validate]}
SAVE=$(awk -F'|' '$2 ~ /^ save / { gsub(/ /, "", $3); print $3 }' <<<"$IO_TABLE")
IO_LOAD=$(awk -F'|' '$2 ~ /^ load / { gsub(/ /, "", $3); print $3 }' <<<"$IO_TABLE")
echo "- $(awk -v a="$LOAD" 'BEGIN { print (a < 1) ? "PASS" : "FAIL" }'): orgweave validate (load + validate, whole process) $LOAD s < 1 s"
echo "- $(awk -v a="$IO_LOAD" 'BEGIN { print (a < 1) ? "PASS" : "FAIL" }'): load alone (orgweave-bench-io: parse + validate) $IO_LOAD s < 1 s"
echo "- $(awk -v a="$SAVE" 'BEGIN { print (a < 1) ? "PASS" : "FAIL" }'): save alone (orgweave-bench-io) $SAVE s < 1 s"
echo "- $(awk -v k="${RSS[validate]}" -v s="$SIZE" 'BEGIN { print (k * 1024 < 5 * s) ? "PASS" : "FAIL" }'): validate peak $(mib "${RSS[validate]}") MiB < 5 × file size ($(mib $((5 * SIZE / 1024))) MiB)"
