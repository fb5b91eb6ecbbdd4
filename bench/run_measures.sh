#!/usr/bin/env bash
# bench/run_measures.sh: orgweave's measures against python-igraph and networkx on the same
# synthetic regional networks and the same machine (DESIGN.md §9). See bench/README.md.
#
# Sections: options · helpers · machine · per size (generate, orgweave, igraph, networkx, agreement)
#           · report (table, budgets, document I/O)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY=/usr/bin/python3  # Debian's python: python3-igraph and python3-networkx live here
BASELINE="$ROOT/bench/baseline_measures.py"

# ------------------------------------------------------------------------------------- options
ORGWEAVE="$ROOT/build/app/cli/orgweave"
GENERATOR=""
DATA="${TMPDIR:-/tmp}/orgweave-bench"
SEED=1
LARGE=0
NX10K=0
APPROX=""  # empty: orgweave's default (sampled above 20,000 nodes)
IGRAPH_LIMIT=900
NX_LIMIT=3600
REPEAT=1
THREADS=""
SIZES=""
REPORT=""

usage() {
    cat <<EOF
usage: bench/run_measures.sh [options]

Generates synthetic regional networks (1k and 10k roles; 100k with --large) and times, on each:
  orgweave   'orgweave analyze FILE --format json --out FILE' (all measures, people lens; at
             100k orgweave's default sampled betweenness, whose error bound is reported):
             wall time and peak RSS of the whole process
  igraph     betweenness + closeness only (C, one thread), timed inside python, load excluded
  networkx   betweenness + closeness at 1k (10k with --networkx-10k; never at 100k)
and prints a Markdown table, the machine, and PASS/FAIL for the budgets of DESIGN.md §9.

options:
  --orgweave PATH      orgweave binary (default: build/app/cli/orgweave)
  --generator PATH     orgweave-bench-generate (default: build/bench/orgweave-bench-generate)
  --large              also 100k roles / 500k ties
  --networkx-10k       also networkx at 10k (slow: tens of minutes)
  --sizes "N ..."      other sizes instead of 1000 10000 [100000]
  --approx K           pass --approx K at 100k (default: orgweave's own default sample)
  --threads N          pass --threads N to orgweave analyze (default: orgweave's own default)
  --igraph-limit S     give up on igraph after S seconds: "skipped (> S s)" (default $IGRAPH_LIMIT)
  --networkx-limit S   the same for networkx (default $NX_LIMIT)
  --repeat N           run orgweave and igraph N times, report the median (default $REPEAT)
  --seed S             generator seed (default $SEED)
  --data DIR           where graphs and logs go (default: \$TMPDIR/orgweave-bench)
  --report FILE        also write the Markdown report to FILE
  -h, --help           this text
EOF
}

COMMAND="bench/run_measures.sh"
for arg in "$@"; do COMMAND+=" $(printf '%q' "$arg")"; done

need_value() { [[ $# -ge 2 && -n "$2" ]] || { echo "run_measures.sh: $1 needs a value" >&2; exit 2; }; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        --orgweave) need_value "$@"; ORGWEAVE="$2"; shift 2 ;;
        --generator) need_value "$@"; GENERATOR="$2"; shift 2 ;;
        --large) LARGE=1; shift ;;
        --networkx-10k) NX10K=1; shift ;;
        --sizes) need_value "$@"; SIZES="$2"; shift 2 ;;
        --approx) need_value "$@"; APPROX="$2"; shift 2 ;;
        --threads) need_value "$@"; THREADS="$2"; shift 2 ;;
        --igraph-limit) need_value "$@"; IGRAPH_LIMIT="$2"; shift 2 ;;
        --networkx-limit) need_value "$@"; NX_LIMIT="$2"; shift 2 ;;
        --repeat) need_value "$@"; REPEAT="$2"; shift 2 ;;
        --seed) need_value "$@"; SEED="$2"; shift 2 ;;
        --data) need_value "$@"; DATA="$2"; shift 2 ;;
        --report) need_value "$@"; REPORT="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run_measures.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
for value in ${APPROX:+"$APPROX"} "$IGRAPH_LIMIT" "$NX_LIMIT" "$REPEAT" "$SEED" ${THREADS:+"$THREADS"} $SIZES; do
    [[ "$value" =~ ^[0-9]+$ ]] || { echo "run_measures.sh: '$value' is not a whole number" >&2; exit 2; }
done
[[ -n "$SIZES" ]] || { SIZES="1000 10000"; [[ $LARGE == 1 ]] && SIZES+=" 100000"; }
if [[ -z "$GENERATOR" ]]; then
    for candidate in "$ROOT/build/bench/orgweave-bench-generate" "$(dirname "$ORGWEAVE")/../../bench/orgweave-bench-generate"; do
        [[ -x "$candidate" ]] && { GENERATOR="$candidate"; break; }
    done
fi
[[ -n "$GENERATOR" && -x "$GENERATOR" ]] || {
    echo "run_measures.sh: no generator; build it (cmake --build build --target orgweave-bench-generate) or pass --generator PATH" >&2
    exit 2
}
[[ -x "$ORGWEAVE" ]] || { echo "run_measures.sh: no orgweave binary at $ORGWEAVE (build it or pass --orgweave PATH)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "run_measures.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
"$PY" -c 'import igraph, networkx' 2>/dev/null || {
    echo "run_measures.sh: $PY lacks igraph or networkx (apt-get install python3-igraph python3-networkx)" >&2
    exit 2
}
mkdir -p "$DATA"

# ------------------------------------------------------------------------------------- helpers
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

# median of numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) exit; if (NR%2) print a[(NR+1)/2]; else printf "%.6f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# "h:mm:ss" or "m:ss.cc" → seconds
clock_to_seconds() { awk -F: '{s=0; for (i=1;i<=NF;i++) s=s*60+$i; printf "%.3f\n", s}' <<<"$1"; }

# value of a key in a one-line JSON object printed by baseline_measures.py
json_field() { "$PY" -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }

fmt() { awk -v x="$1" 'BEGIN { if (x < 10) printf "%.2f", x; else if (x < 100) printf "%.1f", x; else printf "%.0f", x }'; }

# Runs orgweave under /usr/bin/time -v; sets OW_WALL (s), OW_CPU (user + system, s), OW_RSS (KiB),
# OW_STATUS, OW_ERROR.
run_orgweave_once() {
    local timefile="$DATA/time.txt" errfile="$DATA/orgweave.stderr"
    local status=0
    /usr/bin/time -v -o "$timefile" "$@" 2>"$errfile" >/dev/null || status=$?
    OW_STATUS=$status
    OW_ERROR=""
    if [[ $status != 0 ]]; then
        OW_ERROR="$(grep -v '^Command exited with non-zero status' "$errfile" | head -c 300 | tr '\n' ' ')"
        return
    fi
    OW_WALL="$(clock_to_seconds "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$timefile")")"
    OW_RSS="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$timefile")"
    OW_CPU="$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.3f\n", s }' "$timefile")"
}

# ------------------------------------------------------------------------------------- machine
CPU_MODEL="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
NPROC="$(nproc)"
RAM_GIB="$(awk '/MemTotal/ {printf "%.1f", $2/1048576}' /proc/meminfo)"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
OS="$(uname -sr)"
if [[ -r /etc/os-release ]]; then OS="$(sed -n 's/^PRETTY_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' /etc/os-release)"; fi
IGRAPH_VERSION="$("$PY" -c 'import igraph; print(igraph.__version__)')"
NX_VERSION="$("$PY" -c 'import networkx; print(networkx.__version__)')"
OW_VERSION="$("$ORGWEAVE" --version 2>/dev/null | head -1 || echo unknown)"
OW_COMMIT="$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)"
if awk -v l="${LOAD_START%% *}" -v n="$NPROC" 'BEGIN { exit !(l > 0.5 * n) }'; then
    log "WARNING: load average is $LOAD_START on $NPROC cores; other work will slow every tool down"
fi

# ------------------------------------------------------------------------------------- per size
declare -A SAMPLING NODES TIES OW_T OW_M OW_C IG_T IG_C NX_T NX_C AGREE SAVE_T LOAD_T LOAD_M
for n in $SIZES; do
    prefix="$DATA/region-$n"
    log "generating $n roles (seed $SEED)"
    gen_line="$("$GENERATOR" --nodes "$n" --seed "$SEED" --out "$prefix")"
    NODES[$n]="$(sed -n 's/.*nodes=\([0-9]*\).*/\1/p' <<<"$gen_line")"
    TIES[$n]="$(sed -n 's/.* ties=\([0-9]*\).*/\1/p' <<<"$gen_line")"
    SAVE_T[$n]="$(sed -n 's/.*write_s=\([0-9.]*\).*/\1/p' <<<"$gen_line")"
    log "  $gen_line"

    # orgweave: load (validate) alone, for the document I/O budget
    run_orgweave_once "$ORGWEAVE" validate "$prefix.orgweave.json"
    if [[ $OW_STATUS == 0 ]]; then LOAD_T[$n]="$OW_WALL"; LOAD_M[$n]="$OW_RSS"; else LOAD_T[$n]=""; LOAD_M[$n]=""; fi

    # orgweave: all measures
    ow_args=(analyze "$prefix.orgweave.json" --format json --out "$prefix.orgweave-all.json")
    [[ $n -ge 100000 && -n "$APPROX" ]] && ow_args+=(--approx "$APPROX")
    [[ -n "$THREADS" ]] && ow_args+=(--threads "$THREADS")
    walls=() cpus=() rss_max=0 failed=""
    for ((r = 1; r <= REPEAT; r++)); do
        log "orgweave ${ow_args[*]} (run $r/$REPEAT)"
        run_orgweave_once "$ORGWEAVE" "${ow_args[@]}"
        if [[ $OW_STATUS != 0 ]]; then failed="failed (exit $OW_STATUS)"; log "  $failed: $OW_ERROR"; break; fi
        log "  ${OW_WALL} s wall, ${OW_CPU} s CPU, peak RSS ${OW_RSS} KiB"
        walls+=("$OW_WALL")
        cpus+=("$OW_CPU")
        ((OW_RSS > rss_max)) && rss_max=$OW_RSS
    done
    SAMPLING[$n]=""
    if [[ -z "$failed" && -f "$prefix.orgweave-all.json" ]]; then
        SAMPLING[$n]="$("$PY" -c 'import json,sys
net = json.load(open(sys.argv[1]))["network"]
if net.get("approximate"):
    print("betweenness from %d of %d sources, error bound ±%.3g (%d%% confidence)" % (net["sampled_sources"], net["nodes"], net["betweenness_error_bound"], round(100 * net["betweenness_error_confidence"])))' "$prefix.orgweave-all.json" 2>/dev/null || true)"
        [[ -n "${SAMPLING[$n]}" ]] && log "  ${SAMPLING[$n]}"
    fi
    if [[ -n "$failed" ]]; then OW_T[$n]="$failed"; OW_M[$n]=""; OW_C[$n]="$failed"
    else
        OW_T[$n]="$(printf '%s\n' "${walls[@]}" | median)"
        OW_C[$n]="$(printf '%s\n' "${cpus[@]}" | median)"
        OW_M[$n]="$rss_max"
    fi

    # python-igraph: betweenness + closeness, exact, under a time limit
    times=() cpus=() skipped=""
    for ((r = 1; r <= REPEAT; r++)); do
        log "igraph betweenness + closeness (run $r/$REPEAT, limit ${IGRAPH_LIMIT} s)"
        status=0
        out="$(timeout "$IGRAPH_LIMIT" "$PY" "$BASELINE" igraph "$prefix" 2>"$DATA/igraph.stderr")" || status=$?
        if [[ $status == 124 ]]; then skipped="skipped (> ${IGRAPH_LIMIT} s)"; log "  $skipped"; break; fi
        if [[ $status != 0 ]]; then skipped="failed (exit $status)"; log "  $skipped: $(head -c 300 "$DATA/igraph.stderr")"; break; fi
        log "  $out"
        times+=("$(json_field "$out" total_s)")
        cpus+=("$(json_field "$out" cpu_s)")
    done
    if [[ -n "$skipped" ]]; then IG_T[$n]="$skipped"; IG_C[$n]="$skipped"
    else
        IG_T[$n]="$(printf '%s\n' "${times[@]}" | median)"
        IG_C[$n]="$(printf '%s\n' "${cpus[@]}" | median)"
    fi

    # networkx: 1k always, 10k on request, never beyond
    NX_T[$n]="not run"
    NX_C[$n]="not run"
    if [[ $n -le 1000 || ($n -le 10000 && $NX10K == 1) ]]; then
        log "networkx betweenness + closeness (limit ${NX_LIMIT} s)"
        status=0
        out="$(timeout "$NX_LIMIT" "$PY" "$BASELINE" networkx "$prefix" --dump "$prefix.networkx.json" 2>"$DATA/networkx.stderr")" || status=$?
        if [[ $status == 124 ]]; then NX_T[$n]="skipped (> ${NX_LIMIT} s)"; NX_C[$n]="${NX_T[$n]}"
        elif [[ $status != 0 ]]; then NX_T[$n]="failed (exit $status)"; NX_C[$n]="${NX_T[$n]}"; log "  $(head -c 300 "$DATA/networkx.stderr")"
        else NX_T[$n]="$(json_field "$out" total_s)"; NX_C[$n]="$(json_field "$out" cpu_s)"; log "  $out"; fi

        # agreement: orgweave's betweenness and closeness against networkx's (untimed run)
        AGREE[$n]=""
        if [[ -f "$prefix.networkx.json" && $status == 0 && "${OW_T[$n]}" != failed* ]]; then
            if "$ORGWEAVE" analyze "$prefix.orgweave.json" --format json --out "$prefix.orgweave-scores.json" \
                    ${THREADS:+--threads "$THREADS"} 2>/dev/null; then
                AGREE[$n]="$("$PY" - "$prefix.orgweave-scores.json" "$prefix.networkx.json" <<'EOF'
import json, sys
ow = {node["id"]: node for node in json.load(open(sys.argv[1]))["nodes"]}
nx = json.load(open(sys.argv[2]))
parts = []
for measure in ("betweenness", "closeness"):
    missing = [i for i in nx[measure] if i not in ow or ow[i].get(measure) is None]
    if missing:
        parts.append(f"{measure}: {len(missing)} nodes missing")
        continue
    diff = max(abs(ow[i][measure] - v) for i, v in nx[measure].items())
    parts.append(f"{measure} max |diff| {diff:.1e}")
print(("PASS" if all("diff" in p and float(p.split()[-1]) < 1e-6 for p in parts) else "FAIL") + " (" + "; ".join(parts) + ")")
EOF
)" || AGREE[$n]="FAIL (comparison crashed)"
            else
                AGREE[$n]="FAIL (analyze with --out FILE failed)"
            fi
            rm -f "$prefix.orgweave-scores.json"
        fi
    fi
done
LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg)"

# ------------------------------------------------------------------------------------- report
is_number() { [[ "$1" =~ ^[0-9]+([.][0-9]+)?$ ]]; }
cell_s() { if is_number "$1"; then fmt "$1"; else echo "$1"; fi; }
thousands() { awk -v n="$1" 'BEGIN { s = sprintf("%d", n); out = ""; while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) } print s out }'; }
size_label() { awk -v n="$1" 'BEGIN { if (n >= 1000 && n % 1000 == 0) printf "%dk", n/1000; else print n }'; }

report() {
    echo "### orgweave vs python-igraph and networkx (synthetic regional networks)"
    echo
    echo "| size | nodes | ties | orgweave all measures (s) | igraph betw+clos (s) | networkx betw+clos (s) | ratio orgweave/igraph | orgweave peak RSS (MiB) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for n in $SIZES; do
        local label ow ratio="–" rss="–"
        label="$(size_label "$n")"
        ow="$(cell_s "${OW_T[$n]}")"
        [[ -n "${SAMPLING[$n]:-}" ]] && is_number "${OW_T[$n]}" && ow+=" (sampled: ${SAMPLING[$n]})"
        if is_number "${OW_T[$n]}" && is_number "${IG_T[$n]}"; then
            ratio="$(awk -v a="${OW_T[$n]}" -v b="${IG_T[$n]}" 'BEGIN { printf "%.2f", a / b }')"
        fi
        is_number "${OW_M[$n]:-x}" && rss="$(awk -v k="${OW_M[$n]}" 'BEGIN { printf "%.0f", k / 1024 }')"
        echo "| $label | $(thousands "${NODES[$n]}") | $(thousands "${TIES[$n]}") | $ow | $(cell_s "${IG_T[$n]}") | $(cell_s "${NX_T[$n]}") | $ratio | $rss |"
    done
    echo
    echo "orgweave: wall time of the whole \`orgweave analyze FILE --format json --out FILE\` process"
    echo "(loading the document, people lens, every measure of DESIGN.md §7, writing JSON), ${THREADS:-$NPROC} thread(s);"
    echo "igraph and networkx: betweenness + closeness calls only, graph loading excluded, one thread."
    [[ $REPEAT -gt 1 ]] && echo "Median of $REPEAT runs for orgweave and igraph."
    echo
    echo "Machine: $CPU_MODEL, $NPROC cores (nproc), $RAM_GIB GiB RAM, $OS; load average $LOAD_START at start, $LOAD_END at end."
    echo "Versions: $OW_VERSION (commit $OW_COMMIT), python-igraph $IGRAPH_VERSION, networkx $NX_VERSION, $("$PY" --version 2>&1)."
    echo "Graphs: \`orgweave-bench-generate --nodes N --seed $SEED\` (stochastic block model, average degree 10, 85 % of ties inside organizations)."
    echo "Command: \`$COMMAND\`"
    echo
    echo "#### CPU time (user + system; less sensitive than wall time to other work on the machine)"
    echo
    echo "| size | orgweave all measures (CPU s) | igraph betw+clos (CPU s) | networkx betw+clos (CPU s) | ratio orgweave/igraph |"
    echo "|---|---:|---:|---:|---:|"
    for n in $SIZES; do
        local cratio="–"
        if is_number "${OW_C[$n]}" && is_number "${IG_C[$n]}"; then
            cratio="$(awk -v a="${OW_C[$n]}" -v b="${IG_C[$n]}" 'BEGIN { printf "%.2f", a / b }')"
        fi
        echo "| $(size_label "$n") | $(cell_s "${OW_C[$n]}") | $(cell_s "${IG_C[$n]}") | $(cell_s "${NX_C[$n]}") | $cratio |"
    done
    echo
    echo "#### Document I/O (DESIGN.md §9: load and save of 100k nodes under 1 s each)"
    echo
    echo "| size | save: build Model + core::saveDocument (s) | load: \`orgweave validate\` (s) | load peak RSS (MiB) |"
    echo "|---|---:|---:|---:|"
    for n in $SIZES; do
        local lm="–"
        is_number "${LOAD_M[$n]:-x}" && lm="$(awk -v k="${LOAD_M[$n]}" 'BEGIN { printf "%.0f", k / 1024 }')"
        echo "| $(size_label "$n") | $(cell_s "${SAVE_T[$n]}") | $(cell_s "${LOAD_T[$n]:-failed}") | $lm |"
    done
    echo
    echo "#### Budgets (DESIGN.md §9)"
    echo
    # 10k: all measures ≤ 0.25 × igraph betweenness + closeness
    if [[ " $SIZES " == *" 10000 "* ]] && is_number "${OW_T[10000]}" && is_number "${IG_T[10000]}"; then
        local verdict
        verdict="$(awk -v a="${OW_T[10000]}" -v b="${IG_T[10000]}" 'BEGIN { print (a <= 0.25 * b) ? "PASS" : "FAIL" }')"
        echo "- $verdict: 10k all measures $(fmt "${OW_T[10000]}") s ≤ 0.25 × igraph betweenness+closeness $(fmt "${IG_T[10000]}") s = $(fmt "$(awk -v b="${IG_T[10000]}" 'BEGIN { print 0.25 * b }')") s"
    else
        echo "- NOT MEASURED: 10k all measures ≤ 0.25 × igraph (orgweave: ${OW_T[10000]:-not run}; igraph: ${IG_T[10000]:-not run})"
    fi
    # 100k: sampled betweenness under 60 s and under 1 GiB
    if [[ " $SIZES " == *" 100000 "* ]] && is_number "${OW_T[100000]}"; then
        local t m
        t="$(awk -v a="${OW_T[100000]}" 'BEGIN { print (a < 60) ? "PASS" : "FAIL" }')"
        m="$(awk -v k="${OW_M[100000]}" 'BEGIN { print (k < 1048576) ? "PASS" : "FAIL" }')"
        echo "- $t: 100k (${APPROX:+--approx $APPROX}${APPROX:-default sampling}) in $(fmt "${OW_T[100000]}") s < 60 s"
        echo "- $m: 100k (${APPROX:+--approx $APPROX}${APPROX:-default sampling}) peak RSS $(awk -v k="${OW_M[100000]}" 'BEGIN { printf "%.0f", k / 1024 }') MiB < 1024 MiB"
    else
        echo "- NOT MEASURED: 100k (${APPROX:+--approx $APPROX}${APPROX:-default sampling}) < 60 s and < 1 GiB (${OW_T[100000]:-run with --large})"
    fi
    if [[ " $SIZES " == *" 100000 "* ]]; then
        local l s
        l="$(is_number "${LOAD_T[100000]:-x}" && awk -v a="${LOAD_T[100000]}" 'BEGIN { print (a < 1) ? "PASS" : "FAIL" }' || echo "NOT MEASURED")"
        s="$(awk -v a="${SAVE_T[100000]}" 'BEGIN { print (a < 1) ? "PASS" : "FAIL" }')"
        echo "- $l: 100k load (orgweave validate) $(cell_s "${LOAD_T[100000]:-failed}") s < 1 s"
        echo "- $s: 100k save (generator: build Model + saveDocument) $(cell_s "${SAVE_T[100000]}") s < 1 s"
    fi
    for n in $SIZES; do
        [[ -n "${AGREE[$n]:-}" ]] && echo "- ${AGREE[$n]%% *}: $(size_label "$n") orgweave betweenness and closeness equal networkx's within 1e-6 ${AGREE[$n]#* }"
    done
    return 0
}

if [[ -n "$REPORT" ]]; then report | tee "$REPORT"; else report; fi
