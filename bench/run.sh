#!/usr/bin/env bash
# npm run bench: builds what it needs, then times batch evaluation (value and derivative)
# natively, in wasm (bare kernels and through the JS API), in plain JS and in numpy, every
# implementation interleaved round by round (bench/kernels.mjs), prints the tables and writes
# them as JSON to bench/results/; then the first-load sizes, Lighthouse
# (both presets, two views) and the heap check. A benchmark,
# not a test: nothing here asserts a timing.
#   bench/run.sh            the full run (several minutes on 2 cores)
#   ROUNDS=3 SIZES=1000 ORDERS=sorted bench/run.sh   a quick one
#   SCALAR_EXPERIMENT=1 bench/run.sh   adds the wasm kernels compiled without -msimd128
#   bench/run.sh ui         npm run bench:ui: input -> charts redrawn, in headless Chromium
#   bench/run.sh training   only the training table (also the last part of the full run)
#   bench/run.sh training-view   npm run bench:training-view: the training view playing, per frame
source "$(dirname "$0")/../scripts/lib.sh"
cd "$ROOT"

if [ "${1:-}" = training-view ]; then
  echo "== build: site =="
  bash scripts/build.sh
  node bench/training_view.mjs
  exit
fi

if [ "${1:-}" = ui ]; then
  echo "== build: site and the interaction benchmark's page =="
  bash scripts/build.sh
  npx vite build --config bench/ui/vite.config.js
  node bench/ui_bench.mjs
  exit
fi

# The training table: the trainer module (shipped, and again with -msimd128), flat JS, object
# per node, native; see bench/training/run.mjs.
training_table() {
  echo "== build: native trainer (-O3) and the trainer module with -msimd128 =="
  cmake -S "$ROOT" -B build/bench/native -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/bench/native --target training_native -j "$JOBS" >/dev/null
  mkdir -p build/bench/simd
  # The shipped module's sources and link flags (CMakeLists.txt, web_module), plus SIMD128 for
  # the trainer's own code; the catalogue's kernels stay as shipped.
  em++ -std=c++17 -O3 -DNDEBUG -msimd128 -ffp-contract=off -Icpp -Icpp/trainer cpp/trainer/bindings.cpp \
    cpp/trainer/network.cpp cpp/trainer/optimizer.cpp build/wasm/libactivations_core.a --bind \
    -sENVIRONMENT=web -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createTrainerModule -sDYNAMIC_EXECUTION=0 \
    -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sMALLOC=emmalloc -o build/bench/simd/trainer.mjs
  echo "== training =="
  node bench/training/run.mjs --native build/bench/native/training_native --simd build/bench/simd/trainer.wasm \
    --runs "${RUNS:-7}"
}

if [ "${1:-}" = training ]; then
  bash scripts/build.sh
  training_table
  exit
fi

FUNCTIONS=${FUNCTIONS:-linear,relu,selu,sigmoid,tanh,softplus,gelu,gelu_tanh,silu}
SOFTMAX=${SOFTMAX:-10,1000}
SIZES=${SIZES:-1000,1000000}
ORDERS=${ORDERS:-sorted,shuffled}
ROUNDS=${ROUNDS:-9}
SCALAR_EXPERIMENT=${SCALAR_EXPERIMENT:-0}
BENCH_BUILD=build/bench
PROGRAMS=native,wasm-kernel

echo "== build: wasm module and site =="
bash scripts/build.sh
echo "== build: native benchmark (-O3) =="
cmake -S "$ROOT" -B "$BENCH_BUILD/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BENCH_BUILD/native" --target native_bench -j "$JOBS" >/dev/null
echo "== build: the same benchmark in wasm, linked with the module's core library =="
# wasm_bench OUT CORE_LIBRARY [FLAGS...]: native_bench.cpp against a wasm build's core library
# (NODERAWFS: it reads its input file through Node).
wasm_bench() {
  local out=$1 core=$2
  shift 2
  em++ -std=c++17 -O3 -DNDEBUG "$@" -Icpp bench/native_bench.cpp "$core" \
    -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -o "$BENCH_BUILD/$out"
}
wasm_bench kernel_bench.cjs build/wasm/libactivations_core.a -msimd128
# The programs are CommonJS; the project's package.json says "type": "module".
echo '{ "type": "commonjs" }' > "$BENCH_BUILD/package.json"
if [ "$SCALAR_EXPERIMENT" = 1 ]; then
  echo "== build: the wasm benchmark and core library again without -msimd128 (experiment) =="
  configure_wasm "$BENCH_BUILD/wasm-scalar" -DWASM_SIMD=OFF -DWEB_MODULE_DIR="$ROOT/$BENCH_BUILD/wasm-scalar/module"
  cmake --build "$BENCH_BUILD/wasm-scalar" --target activations_core activations_module -j "$JOBS" >/dev/null
  wasm_bench kernel_bench_scalar.cjs "$BENCH_BUILD/wasm-scalar/libactivations_core.a"
  node bench/compare_builds.mjs web/generated "$BENCH_BUILD/wasm-scalar/module"
  PROGRAMS=$PROGRAMS,wasm-kernel-scalar
fi
if /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
  PROGRAMS=$PROGRAMS,numpy
else
  echo "== numpy: left out (/usr/bin/python3 has no numpy; apt-get install python3-numpy) =="
fi

echo "== kernels: $ROUNDS rounds, every implementation once a round =="
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE node bench/kernels.mjs kernels.json --functions "$FUNCTIONS" \
  --softmax "$SOFTMAX" --sizes "$SIZES" --orders "$ORDERS" --rounds "$ROUNDS" --programs "$PROGRAMS"
echo
node bench/sizes.mjs
echo
node bench/lighthouse.mjs
echo
node bench/memory.mjs
echo
training_table
