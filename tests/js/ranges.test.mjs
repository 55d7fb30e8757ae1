// Which ends of each output range are attained: every row described, and the pieces agree
// with the catalogue's numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { DESCRIBED_IDS, rangePieces } from '../../web/src/catalogue/ranges.js';
import { act } from './support.mjs';

test('every catalogue row, and only those, says which ends of its range it attains', () => {
  assert.deepEqual(act.catalog().map((row) => row.id).sort(), [...DESCRIBED_IDS].sort());
});

test('the pieces lie inside the catalogue’s range, and an attained end is a value the function takes', () => {
  for (const row of act.catalog().filter((r) => r.kind === 'elementwise')) {
    const pieces = rangePieces(row);
    assert.equal(Math.min(...pieces.map((p) => p.min)), row.range.min, row.id);
    assert.equal(Math.max(...pieces.map((p) => p.max)), row.range.max, row.id);
    // Closed ends are reached at moderate x; open finite ends are approached but not reached
    // there (far out, doubles do round to them: tanh(-20) is -1).
    const xs = Float64Array.from({ length: 16001 }, (_, i) => -8 + i / 1000);
    const { value } = act.evaluate(row.id, xs, {});
    for (const piece of pieces) {
      for (const [end, closed] of [[piece.min, piece.minClosed], [piece.max, piece.maxClosed]]) {
        if (!Number.isFinite(end)) continue;
        const nearest = Math.min(...value.map((v) => Math.abs(v - end)));
        // A minimum between grid points is missed by at most f''/2 (5e-4)^2, below 1e-6 here.
        if (closed) assert.ok(nearest < 1e-6, `${row.id} reaches ${end}`);
        else assert.ok(nearest > 0, `${row.id} never reaches ${end}`);
      }
    }
  }
});
