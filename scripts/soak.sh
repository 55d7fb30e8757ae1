#!/usr/bin/env bash
# The long soak (`npm run soak`, after a build): SOAK_CHANGES state changes (default 10,000)
# through the page's controls in headless Chromium; prints the JS heap, the wasm memory and
# the DOM counters after a warm-up and at the end, and fails if any of them grew past its
# bound (tests/e2e/soak.spec.js says why each bound). `npm test` runs the same spec with 1,000.
#   soak.sh [changes]
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
export SOAK_CHANGES=${1:-${SOAK_CHANGES:-10000}}
npx playwright test tests/e2e/soak.spec.js --workers=1
