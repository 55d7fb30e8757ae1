# Shared by the scripts in this folder: paths and the Emscripten environment.
# Emscripten 3.1.6 (Debian) needs Debian's node modules (acorn) on NODE_PATH, and its
# Node-targeted test programs must run with --no-experimental-fetch under Node 18+.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
EMSCRIPTEN_TOOLCHAIN=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake
JOBS=$(nproc)

configure_native() {
  cmake -S "$ROOT" -B "$ROOT/build/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
}

# configure_wasm [BUILD_DIR [CMAKE_ARGS...]]: build/wasm unless told otherwise.
configure_wasm() {
  local dir=${1:-$ROOT/build/wasm}
  shift || true
  cmake -S "$ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$EMSCRIPTEN_TOOLCHAIN" \
    "-DCMAKE_CROSSCOMPILING_EMULATOR=$(command -v node);--no-experimental-fetch" "$@" >/dev/null
}
