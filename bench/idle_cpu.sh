#!/usr/bin/env bash
# Idle CPU of orgweave-studio (DESIGN.md §9: an idle studio uses at most 0.05 cores).
# Starts the studio on a sample under Xvfb, lets it settle, then reads the process's CPU time
# (utime + stime from /proc/PID/stat) over a quiet window with no input, and prints cores used.
# Anchor: the same measurement while the pointer moves over the canvas (xdotool), in the same run.
# Usage: bench/idle_cpu.sh [BUILD_DIR] [SECONDS]     (needs xvfb-run; xdotool for the anchor)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
seconds=${2:-10}
studio="$build/app/studio/orgweave-studio"
sample=samples/regional-committee.orgweave.json
[[ -x "$studio" ]] || { echo "idle_cpu: build $studio first" >&2; exit 2; }

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat > "$inner" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
studio=$1; sample=$2; seconds=$3
"$studio" --no-restore --width 1440 --height 900 "$sample" >/dev/null 2>&1 &
pid=$!
sleep 4   # start-up, first analysis, settle
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
t0=$(ticks); sleep "$seconds"; t1=$(ticks)
idle=$(awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s="$seconds" 'BEGIN { printf "%.3f", (b - a) / hz / s }')
busy=n/a
if command -v xdotool >/dev/null; then
  t0=$(ticks)
  end=$((SECONDS + seconds))
  while (( SECONDS < end )); do
    xdotool mousemove $((400 + RANDOM % 400)) $((300 + RANDOM % 300)) 2>/dev/null || true
    sleep 0.02
  done
  t1=$(ticks)
  busy=$(awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s="$seconds" 'BEGIN { printf "%.3f", (b - a) / hz / s }')
fi
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
echo "orgweave-studio idle: $idle cores over ${seconds} s with no input (budget 0.05); pointer moving: $busy cores"
INNER
chmod +x "$inner"
xvfb-run -a -s "-screen 0 1600x1000x24" "$inner" "$studio" "$sample" "$seconds"
