#!/usr/bin/env bash
# Installs what is missing, builds orgweave (Release, into build/) and opens the studio on the
# regional-committee sample. Arguments are passed to orgweave-studio; a file argument replaces the sample.
#   scripts/run.sh                         the sample
#   scripts/run.sh my-region.orgweave.json another document
#   scripts/run.sh --screenshot out.png    the sample, written to a PNG
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DORGWEAVE_BUILD_STUDIO=ON
cmake --build build -j"$jobs" --target orgweave-studio orgweave

studio=build/app/studio/orgweave-studio
sample=samples/regional-committee.orgweave.json
if [[ $# -gt 0 && "$1" != -* ]]; then
  args=("$@")
else
  args=("$sample" "$@")
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  if printf '%s\n' "${args[@]}" | grep -qx -- '--screenshot' && command -v xvfb-run >/dev/null; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$studio" "${args[@]}"
  fi
  echo "run.sh: no display found (DISPLAY and WAYLAND_DISPLAY are empty), so the studio cannot open a window." >&2
  echo "        Run this from a desktop session, or over ssh with 'ssh -X', or on a virtual display:" >&2
  echo "        xvfb-run -a -s '-screen 0 1600x1000x24' $studio $sample --screenshot studio.png" >&2
  exit 1
fi
exec "$studio" "${args[@]}"
