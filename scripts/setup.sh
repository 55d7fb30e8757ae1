#!/usr/bin/env bash
# Installs whatever the project needs and this machine lacks, then returns quickly on
# every later run. Debian packages go through apt-get when run as root; otherwise the
# script prints the exact command to run and stops. npm packages come from the lock file.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

# cmake + g++: the native build; emscripten: the wasm build; catch2: the C++ tests;
# chromium: the end-to-end tests (Playwright cannot download a browser here);
# clang-14 + libclang-rt-14-dev: the fuzzers (libFuzzer, ASan, UBSan runtimes).
APT_PACKAGES=(cmake g++ emscripten catch2 chromium clang-14 libclang-rt-14-dev)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "== installing Debian packages: ${missing[*]} =="
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${missing[*]}. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "Node.js 20 or newer is needed (found $(node --version))." >&2
  exit 1
fi

# npm ci leaves node_modules/.package-lock.json newer than the lock file it installed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== installing npm packages (npm ci) =="
  npm ci --no-audit --no-fund --loglevel=error
fi
