#!/usr/bin/env bash
# Installs the Debian packages Kakanai needs, and only those that are missing, so that a second run is quick.
#   scripts/install-deps.sh run    what `make run` needs (OCR, fonts, PDF tools, Node.js)
#   scripts/install-deps.sh test   the above plus what only the tests need (Chromium, PostgreSQL, zbar)
set -euo pipefail

run_pkgs=(tesseract-ocr tesseract-ocr-jpn libtesseract-dev libleptonica-dev libdeflate-dev fonts-ipamj-mincho fonts-ipafont-gothic fonts-ipafont-mincho poppler-utils)
test_pkgs=(chromium chromium-headless-shell postgresql zbar-tools)

pkgs=("${run_pkgs[@]}")
[ "${1:-run}" = test ] && pkgs+=("${test_pkgs[@]}")
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || pkgs+=(nodejs npm)
command -v git >/dev/null 2>&1 || pkgs+=(git)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages: ${missing[*]}" >&2
    echo "run as root, or: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
  export PATH=/usr/local/go/bin:$PATH
fi
if ! command -v go >/dev/null 2>&1; then
  echo "Go is not installed. Install Go 1.22 or newer (it fetches the toolchain go.mod names from the module proxy)." >&2
  exit 1
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "Node.js $node_major is too old for the console build; Node.js 20 or newer is needed." >&2
  exit 1
fi
