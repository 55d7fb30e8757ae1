#!/usr/bin/env bash
# npm run bench: builds what it needs, then times batch evaluation (value and derivative)
# natively, in wasm (bare kernels and through the JS API), in plain JS and in numpy, prints
# the table and writes it as JSON to bench/results/; then the first-load sizes, Lighthouse
# (both presets, two views) and the heap check. A benchmark, not a test: nothing here asserts a timing.
#   bench/run.sh            the full run (a few minutes on 2 cores)
#   RUNS=3 SIZES=1000 bench/run.sh   a quick one
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
SIZES=${SIZES:-1000,100000,1000000}
RUNS=${RUNS:-7}
# One call per point costs microseconds: two sizes and one call per point per run suffice.
PER_ELEMENT_SIZES=${PER_ELEMENT_SIZES:-1000,100000}
FMA_EXPERIMENT=${FMA_EXPERIMENT:-1}
BENCH_BUILD=build/bench
RAW=$BENCH_BUILD/raw
CASES=(--functions "$FUNCTIONS" --softmax "$SOFTMAX" --sizes "$SIZES" --runs "$RUNS")

echo "== build: wasm module and site =="
bash scripts/build.sh
echo "== build: native benchmark (-O3) =="
cmake -S "$ROOT" -B "$BENCH_BUILD/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BENCH_BUILD/native" --target native_bench -j "$JOBS" >/dev/null
echo "== build: the same benchmark in wasm, linked with the module's core library =="
# wasm_bench OUT [SOURCES...]: native_bench.cpp (and SOURCES) against build/wasm's core library.
wasm_bench() {
  local out=$1
  shift
  em++ -std=c++17 -O3 -DNDEBUG -Icpp bench/native_bench.cpp "$@" build/wasm/libactivations_core.a \
    -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -o "$BENCH_BUILD/$out"
}
wasm_bench kernel_bench.cjs
# The programs are CommonJS; the project's package.json says "type": "module".
echo '{ "type": "commonjs" }' > "$BENCH_BUILD/package.json"
# The experiment (bench/experiments/dekker_fma.cpp): the same, with fma through Dekker's
# product where that is exact and musl's fma, renamed, elsewhere; FMA_EXPERIMENT=0 skips it.
if [ "$FMA_EXPERIMENT" = 1 ]; then
  MUSL=/usr/share/emscripten/system/lib/libc/musl
  emcc -O3 -w -c -Dfma=musl_fma -I"$MUSL/src/internal" -I"$MUSL/src/include" -I"$MUSL/arch/emscripten" \
    -I"$MUSL/include" "$MUSL/src/math/fma.c" -o "$BENCH_BUILD/musl_fma.o"
  wasm_bench kernel_bench_dekker.cjs bench/experiments/dekker_fma.cpp "$BENCH_BUILD/musl_fma.o"
fi

rm -rf "$RAW" && mkdir -p "$RAW"
echo "== native =="
"$BENCH_BUILD/native/native_bench" "${CASES[@]}" > "$RAW/native.json"
echo "== wasm kernels, no JS API =="
node --no-experimental-fetch "$BENCH_BUILD/kernel_bench.cjs" --implementation wasm-kernel "${CASES[@]}" > "$RAW/wasm-kernel.json"
if [ "$FMA_EXPERIMENT" = 1 ]; then
  echo "== wasm kernels with fma through Dekker's product (experiment) =="
  node --no-experimental-fetch "$BENCH_BUILD/kernel_bench_dekker.cjs" --implementation wasm-kernel-dekker "${CASES[@]}" > "$RAW/wasm-kernel-dekker.json"
fi
echo "== wasm through the JS API =="
node bench/js_bench.mjs --implementation wasm "${CASES[@]}" > "$RAW/wasm.json"
echo "== plain JS =="
node bench/js_bench.mjs --implementation js "${CASES[@]}" > "$RAW/js.json"
echo "== one API call per point =="
node bench/js_bench.mjs --implementation embind-per-element --functions "$FUNCTIONS" \
  --sizes "$PER_ELEMENT_SIZES" --runs "$RUNS" --reps 1 > "$RAW/embind-per-element.json"
if /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
  echo "== numpy (the notebook's formulas) =="
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/numpy_bench.py "${CASES[@]}" > "$RAW/numpy.json"
else
  echo "== numpy: skipped (/usr/bin/python3 has no numpy; apt-get install python3-numpy) =="
fi

node bench/report.mjs kernels.json "$RAW"/*.json
echo
node bench/sizes.mjs
echo
node bench/lighthouse.mjs
echo
node bench/memory.mjs
echo
training_table
