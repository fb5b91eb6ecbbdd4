#!/usr/bin/env bash
# Installs what is missing, builds orgweave with its tests (warnings are errors) and runs every test.
# Usage: scripts/test.sh [ctest arguments...]    e.g. scripts/test.sh -R core
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

build_dir=${ORGWEAVE_BUILD_DIR:-build}
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release \
  -DORGWEAVE_BUILD_TESTS=ON -DORGWEAVE_BUILD_STUDIO=ON -DORGWEAVE_WERROR=ON
cmake --build "$build_dir" -j"$jobs"
ctest --test-dir "$build_dir" --output-on-failure -j"$jobs" "$@"
