#!/usr/bin/env bash
# Builds what the project ships and tests.
#   build.sh        the wasm modules (activations, trainer), the site (dist/) and its one-file version (dist-single/):
#                   what `npm start` needs
#   build.sh all    that, plus the native and wasm Catch2 suites: what `npm test` needs
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

echo "== wasm module (Emscripten) =="
configure_wasm
if [ "${1:-}" = all ]; then
  cmake --build build/wasm -j "$JOBS"
  echo "== native Catch2 suite =="
  configure_native
  cmake --build build/native -j "$JOBS"
else
  cmake --build build/wasm -j "$JOBS" --target activations_module trainer_module
fi

echo "== formulas (TeX -> MathML) =="
node scripts/build-formulas.mjs

echo "== site (Vite) =="
npx vite build --logLevel warn
echo "built dist/"
node scripts/build-single.mjs
