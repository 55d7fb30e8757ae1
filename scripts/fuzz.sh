#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang++-14 with ASan and UBSan) into build/fuzz and
# runs each for a bounded time, side by side (one per core), from the committed seeds.
#   fuzz.sh          FUZZ_SECONDS per target (default 300): `npm run fuzz`
#   fuzz.sh 20       20 s per target: what `npm test` runs
# Every seed runs first, so the seeds are regression tests too. Inputs that reach new code
# go to build/fuzz/corpus/<target> (later runs start from them; the committed seeds stay as
# they are); an input that breaks a property is saved in build/fuzz/artifacts/ and its
# report printed. Replay one with: build/fuzz/<target>_fuzzer <file>
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

seconds=${1:-${FUZZ_SECONDS:-300}}
TARGETS=(elementwise vector gated)
# The vector target reads at most 256 logits (41 + 256 * 8 bytes): the Jacobian is n^2.
declare -A OPTIONS=([elementwise]="" [vector]="-max_len=2089" [gated]="")

if ! command -v clang++-14 >/dev/null; then
  echo "clang++-14 is missing: run bash scripts/setup.sh (it installs clang-14 and libclang-rt-14-dev)." >&2
  exit 1
fi
echo "== building the fuzzers (clang++-14, libFuzzer + ASan + UBSan) =="
cmake -S fuzz -B build/fuzz -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build build/fuzz -j "$JOBS" >/dev/null

pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT
for target in "${TARGETS[@]}"; do
  mkdir -p "build/fuzz/corpus/$target" build/fuzz/artifacts
  # shellcheck disable=SC2086  # OPTIONS holds whole flags
  "build/fuzz/${target}_fuzzer" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="build/fuzz/artifacts/$target-" ${OPTIONS[$target]} \
    "build/fuzz/corpus/$target" "fuzz/corpus/$target" >"build/fuzz/$target.log" 2>&1 &
  pids+=($!)
done

echo "== fuzzing ${TARGETS[*]} for ${seconds} s each =="
passed=0
failed=0
for i in "${!TARGETS[@]}"; do
  target=${TARGETS[$i]}
  log="build/fuzz/$target.log"
  if wait "${pids[$i]}"; then
    passed=$((passed + 1))
    result=ok
  else
    failed=$((failed + 1))
    result=FAILED
    grep -A 3 -E 'PROPERTY VIOLATED|ERROR: (Address|UndefinedBehavior|libFuzzer)|runtime error' "$log" | head -20 || true
    grep -E "Test unit written to" "$log" || true
  fi
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "$target: $result, ${executions:-?} executions in ${seconds} s (log: $log)"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
