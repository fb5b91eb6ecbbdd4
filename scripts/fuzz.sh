#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, one per reader: the interop formats, the native
# document, DOT and the relational coordination survey) in build-fuzz/ with clang++ and
# -fsanitize=fuzzer,address,undefined, seeds each corpus from samples/ (converted to every format)
# and tests/core/data, and runs each target for a bounded time.
# Usage: [ORGWEAVE_FUZZ_PARALLEL=N] [ORGWEAVE_FUZZ_TIMEOUT=S] scripts/fuzz.sh [SECONDS_PER_READER] [READER...]   (default 60; readers: Graphml Gexf Pajek UcinetDl Csv Gml Vna Native Dot RcSurvey)
# Crashes are written to build-fuzz/crashes/; the script exits 1 when any target found one.
# Needs clang and libclang-rt-14-dev (scripts/install-deps.sh --fuzz).
set -euo pipefail

seconds="${1:-60}"
shift || true
readers=("$@")
[[ ${#readers[@]} -eq 0 ]] && readers=(Graphml Gexf Pajek UcinetDl Csv Gml Vna Native Dot RcSurvey)
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"
jobs="${ORGWEAVE_FUZZ_JOBS:-2}"

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DORGWEAVE_BUILD_FUZZERS=ON -DORGWEAVE_BUILD_TESTS=OFF -DORGWEAVE_BUILD_STUDIO=OFF -DORGWEAVE_BUILD_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" >/dev/null
cmake --build "$build" -j"$jobs" --target fuzzers

corpus="$build/corpus"
mkdir -p "$corpus" "$build/crashes"
"$build/tests/fuzz/fuzz_make_seeds" "$corpus" "$root"/samples/*.orgweave.json
data="$root/tests/core/data"
seed() {  # seed READER PATTERN...
  local reader="$1"
  shift
  mkdir -p "$corpus/$reader"
  for f in "$@"; do [[ -f "$f" ]] && cp -f "$f" "$corpus/$reader/"; done
  return 0
}
shopt -s nullglob
seed Graphml "$data"/*.graphml "$data"/interop/*.graphml "$data"/interop/*/*.graphml
seed Gexf "$data"/interop/*.gexf "$data"/interop/*/*.gexf
seed Pajek "$data"/interop/*.net "$data"/interop/*/*.net "$data"/interop/*/*.paj
seed UcinetDl "$data"/interop/*/*.dl
seed Csv "$data"/*.csv "$data"/interop/*.csv "$data"/interop/*/*.csv "$root"/samples/*.csv
seed Gml "$data"/interop/*/*.gml
seed Vna "$data"/interop/*/*.vna
seed Native "$data"/*.json "$data"/native/*.json
seed Dot "$root"/tests/layouts/data/*.dot
seed RcSurvey "$root"/samples/*.survey.csv "$data"/rc/*.csv

# ORGWEAVE_FUZZ_PARALLEL targets run at once (default 1; each uses one core). ORGWEAVE_FUZZ_TIMEOUT is
# the seconds one input may take (default 30; raise it on a machine shared with builds, where a
# starved process would otherwise report a "timeout" for an input that takes a second alone).
parallel="${ORGWEAVE_FUZZ_PARALLEL:-1}"
run_one() {  # run_one READER: 0 when it found nothing
  "$build/tests/fuzz/fuzz_$1" "$corpus/$1" -max_total_time="$seconds" -max_len=65536 \
    -rss_limit_mb=4096 -timeout="${ORGWEAVE_FUZZ_TIMEOUT:-30}" -print_final_stats=1 -artifact_prefix="$build/crashes/$1-" \
    2>"$build/fuzz_$1.log"
}
status=0
for ((i = 0; i < ${#readers[@]}; i += parallel)); do
  pids=()
  batch=("${readers[@]:i:parallel}")
  for reader in "${batch[@]}"; do
    echo "== fuzz_$reader: ${seconds}s"
    run_one "$reader" &
    pids+=($!)
  done
  for k in "${!batch[@]}"; do
    reader="${batch[$k]}"
    if ! wait "${pids[$k]}"; then
      status=1
      echo "fuzz_$reader found a problem: see $build/fuzz_$reader.log and $build/crashes/"
    fi
    grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$build/fuzz_$reader.log" || true
  done
done
exit $status
