// A heatmap of an n x n matrix (softmax's Jacobian): one instance per canvas. Cells are
// coloured on a diverging scale, blue below 0 and red above, scaled to the largest |entry|.
export function createHeatmap(canvas) {
  const context = canvas.getContext('2d');

  return {
    update(matrix, n) {
      const size = canvas.clientWidth || 240;
      const ratio = globalThis.devicePixelRatio || 1;
      canvas.width = Math.round(size * ratio);
      canvas.height = Math.round(size * ratio);
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, size, size);
      const largest = matrix.reduce((m, v) => Math.max(m, Math.abs(v)), 0) || 1;
      const cell = size / n;
      for (let row = 0; row < n; row += 1) {
        for (let col = 0; col < n; col += 1) {
          context.fillStyle = divergingColor(matrix[row * n + col] / largest);
          context.fillRect(col * cell, row * cell, Math.ceil(cell), Math.ceil(cell));
        }
      }
    },
    png() {
      return canvas.toDataURL('image/png');
    },
  };
}

// t in [-1, 1] -> white at 0, blue (#1d4ed8) at -1, red (#c81e1e) at +1.
function divergingColor(t) {
  const [r, g, b] = t < 0 ? [29, 78, 216] : [200, 30, 30];
  const w = 1 - Math.min(1, Math.abs(t));
  const mix = (c) => Math.round(c + (255 - c) * w);
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`;
}
