#!/usr/bin/env bash
# Drives the report's interactive picture in a real browser (issue 15): writes the report of a
# sample, opens it in headless Chromium with "#click=ROLE_ID" (the page's own script then clicks
# that node of the picture and fills the side panel), dumps the DOM and checks that the panel shows
# the node's label, that the click went through the picture, and that the panel lists the node's
# findings. Exit 77 (skipped) without Chromium. (Scripts off cannot be checked this way: Chromium's
# --dump-dom needs scripts; ReportCliTest checks that the page is complete without them.)
# Usage: report_browser_test.sh ORGWEAVE SAMPLES_DIR
set -euo pipefail
orgweave=$1
samples=$2

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null; then browser=$(command -v "$candidate"); break; fi
done
if [[ -z $browser ]]; then
  echo "SKIP: no chromium (scripts/install-deps.sh installs it)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$orgweave" report "$samples/regional-committee.orgweave.json" --out "$work/report.html" >/dev/null

# The role with the most findings among the roles drawn in the picture: its id and label from the
# page's embedded data (the same JSON the script reads).
read -r id label < <(python3 - "$work/report.html" <<'PY'
import json, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
data = json.loads(re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S).group(1))
roles = [n for n in data["nodes"] if n["findings"] and n["kind"].lower() == "role"]
roles.sort(key=lambda n: -len(n["findings"]))
n = roles[0]
print(n["id"], n["label"])
PY
)

dump() {
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
    --virtual-time-budget=3000 --dump-dom "file://$work/report.html#click=$1" 2>/dev/null
}

dump "$id" >"$work/dom.html"
panel=$(python3 - "$id" "$label" "$work/dom.html" <<'PY'
import html, re, sys
dom = open(sys.argv[3], encoding="utf-8").read()
node_id, label = sys.argv[1], sys.argv[2]
m = re.search(r'<aside id="panel"([^>]*)>(.*?)</aside>', dom, re.S)
if not m:
    print("FAIL: no side panel in the DOM"); sys.exit(1)
attributes, body = m.group(1), html.unescape(re.sub(r"<[^>]+>", "\n", m.group(2)))
problems = []
if "hidden" in attributes: problems.append("the panel is still hidden")
if f'data-node="{node_id}"' not in attributes: problems.append("the panel is not about " + node_id)
if label not in body: problems.append("the panel does not show the label " + label)
if not re.search(r"\bG\d+\b", body): problems.append("the panel lists no finding")
if 'data-test-clicked="picture"' not in dom: problems.append("the click did not go through the picture")
if not re.search(r'<g[^>]*class="node selected"', dom): problems.append("the clicked node is not highlighted")
print("FAIL: " + "; ".join(problems) if problems else "ok: panel shows " + label)
sys.exit(1 if problems else 0)
PY
) || { echo "$panel"; exit 1; }
echo "$panel"
