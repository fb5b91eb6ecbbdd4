#!/usr/bin/env bash
# Installs the Debian 12 packages orgweave needs (DESIGN.md §2) that are missing, and only those.
# Usage: scripts/install-deps.sh [--oracles] [--fuzz]
#   --oracles  also install python3-igraph and r-cran-sna (reference fixtures, bench)
#   --fuzz     also install clang and libclang-rt-14-dev (libFuzzer, for scripts/fuzz.sh)
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libimgui-dev libglfw3-dev libgl-dev libglib2.0-dev
  libboost-graph-dev
  libgraphviz-dev graphviz
  libcairo2-dev librsvg2-dev
  nlohmann-json3-dev libpugixml-dev libcli11-dev libstb-dev
  catch2 xvfb xauth fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-symbola
  python3-networkx clang-format
  gettext dpkg-dev help2man librsvg2-bin desktop-file-utils libxml2-utils shared-mime-info
)
for arg in "$@"; do
  case "$arg" in
    --oracles) packages+=(python3-igraph r-cran-sna) ;;
    --fuzz) packages+=(clang libclang-rt-14-dev) ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then sudo_cmd=(sudo); else
    echo "install-deps: not root and sudo is missing; install as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
