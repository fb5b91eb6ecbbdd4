#!/bin/sh
# Tier-2 studio test (DESIGN.md §8): the real window under Xvfb renders the sample and writes a
# screenshot, which orgweave_png_check inspects.
#   smoke.sh STUDIO PNG_CHECK SAMPLE OUT.png WIDTH HEIGHT [STUDIO OPTIONS...]
# Exit 77 (skipped) only when xvfb-run is missing.
set -u
studio=$1 check=$2 sample=$3 out=$4 width=$5 height=$6
shift 6  # the rest goes to the studio (e.g. --present v-p2)

if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "SKIP: xvfb-run is not installed (Debian: apt-get install xvfb xauth); the screenshot test needs it"
  exit 77
fi
if [ ! -f "$sample" ]; then
  echo "FAIL: the sample $sample does not exist"
  exit 1
fi
rm -f "$out"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$studio" "$sample" --screenshot "$out" --frames 5 --width "$width" --height "$height" "$@"
status=$?
if [ $status -ne 0 ]; then
  echo "FAIL: orgweave-studio exited with status $status"
  exit 1
fi
if [ ! -f "$out" ]; then
  echo "FAIL: orgweave-studio exited 0 but wrote no $out"
  exit 1
fi
"$check" "$out" --width "$width" --height "$height" --min-colors 6 --min-saturated 6 --min-pixels 150
