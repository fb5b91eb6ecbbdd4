#!/usr/bin/env bash
# Fails (exit 1, listing the files) when a tracked C++ source differs from what clang-format makes
# of it with the root .clang-format. Run by ctest as "format: C++ sources match clang-format".
# Usage: scripts/check-format.sh [--fix]     --fix rewrites the files in place instead.
# Exit status: 0 all formatted, 1 some differ, 77 clang-format or git missing (ctest: skipped).
set -euo pipefail
cd "$(dirname "$0")/.."

formatter=""
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null; then formatter=$candidate; break; fi
done
if [[ -z "$formatter" ]] || ! command -v git >/dev/null || ! git rev-parse --git-dir >/dev/null 2>&1; then
    echo "SKIP: needs clang-format (scripts/install-deps.sh installs it) and a git checkout"
    exit 77
fi

mapfile -t files < <(git ls-files -- '*.cpp' '*.hpp' '*.h' '*.cc')
if [[ ${1:-} == --fix ]]; then
    printf '%s\0' "${files[@]}" | xargs -0 -n 64 "$formatter" -i --style=file
    exit 0
fi
# One clang-format process per batch of files (--dry-run reports each differing file on stderr).
report=$(printf '%s\0' "${files[@]}" | xargs -0 -n 64 "$formatter" --style=file --dry-run 2>&1 || true)
mapfile -t differing < <(sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' <<<"$report" | sort -u)
if [[ ${#differing[@]} -gt 0 ]]; then
    echo "These ${#differing[@]} files differ from $formatter's output (scripts/check-format.sh --fix rewrites them):"
    printf '  %s\n' "${differing[@]}"
    exit 1
fi
echo "format: ${#files[@]} C++ sources match $formatter"
