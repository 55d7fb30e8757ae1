// A heatmap of an n × n matrix (a Jacobian ∂yᵢ/∂zⱼ): rows and columns labelled, each cell's
// value written in it while they fit, and a diverging colour bar on a fixed scale, so that a
// change (of temperature, say) shows as a change of colour instead of being rescaled away.
// One instance per canvas; it draws what it is given, the first time once near the viewport.
import { formatNumber } from '../format.js';
import { drawWhenNear } from './drawWhenNear.js';
import { slidePng, EXPORT_SCALE } from './slide.js';
import { clearedContext, font } from './theme.js';

const MOST_CELLS_WITH_VALUES = 8;
const BAR_WIDTH = 16;
const SMALLEST_VALUE_TEXT = 10;

export function createHeatmap(canvas) {
  let last = null;
  const onScreen = () => draw(canvas, globalThis.devicePixelRatio || 1, last);
  const firstDraw = drawWhenNear(canvas, onScreen);

  function draw(target, scale, { matrix, n, rowLabels, columnLabels, limit, sizes, colors, locale }) {
    const width = canvas.clientWidth || 320;
    const height = canvas.clientHeight || width;
    const context = clearedContext(target, { width, height, scale, background: colors.background });
    const labelSize = Math.min(sizes.tick, 14 + (sizes.tick - 14) / 2);
    context.font = font(labelSize);
    const left = Math.max(...rowLabels.map((label) => context.measureText(label).width)) + 10;
    const top = labelSize * 1.8;
    const right = BAR_WIDTH + 12 + context.measureText(formatNumber(-limit, locale, 2)).width + 8;
    // Below the grid, room for the colour bar's lowest label, which is centred on its end.
    const bottom = labelSize * 0.75;
    const grid = Math.max(0, Math.min(width - left - right, height - top - bottom));
    const cell = grid / n;
    const showValues = n <= MOST_CELLS_WITH_VALUES;
    const valueSize = Math.min(labelSize, cell / 3.2);
    for (let i = 0; i < n; i += 1) {
      for (let j = 0; j < n; j += 1) {
        const value = matrix[i * n + j];
        const color = diverging(colors, value / limit);
        context.fillStyle = cssColor(color);
        context.fillRect(left + j * cell, top + i * cell, Math.ceil(cell), Math.ceil(cell));
        if (showValues && Number.isFinite(value)) {
          const text = formatNumber(value, locale, 2);
          context.font = font(valueSize);
          // Shrunk to fit its cell; left out where it would be too small to read.
          const size = Math.min(valueSize, (valueSize * cell * 0.9) / context.measureText(text).width);
          if (size < SMALLEST_VALUE_TEXT) continue;
          context.font = font(size);
          context.fillStyle = luminance(color) > 0.45 ? '#111111' : '#ffffff';
          context.textAlign = 'center';
          context.textBaseline = 'middle';
          context.fillText(text, left + (j + 0.5) * cell, top + (i + 0.5) * cell);
        }
      }
    }
    context.fillStyle = colors.text;
    context.font = font(labelSize);
    context.textAlign = 'center';
    context.textBaseline = 'bottom';
    columnLabels.forEach((label, j) => context.fillText(label, left + (j + 0.5) * cell, top - 4));
    context.textAlign = 'right';
    context.textBaseline = 'middle';
    rowLabels.forEach((label, i) => context.fillText(label, left - 6, top + (i + 0.5) * cell));
    // The colour bar: +limit at the top, 0 in the middle, -limit at the bottom. A canvas
    // gradient blends each half in sRGB components, as diverging() does.
    const barLeft = left + grid + 12;
    const bar = context.createLinearGradient(0, top, 0, top + grid);
    [[0, colors.positive], [0.5, colors.zero], [1, colors.negative]].forEach(([at, color]) => bar.addColorStop(at, color));
    context.fillStyle = bar;
    context.fillRect(barLeft, top, BAR_WIDTH, grid);
    context.strokeStyle = colors.text;
    context.strokeRect(barLeft, top, BAR_WIDTH, grid);
    context.fillStyle = colors.text;
    context.textAlign = 'left';
    for (const [fraction, value] of [[0, limit], [0.5, 0], [1, -limit]]) {
      context.fillText(formatNumber(value, locale, 2), barLeft + BAR_WIDTH + 6, top + fraction * grid);
    }
  }

  return {
    /**
     * matrix: n*n entries, row-major; rowLabels, columnLabels: n each; limit: the |value| drawn
     * in full colour (larger values are clipped to it); sizes, colors (--heat-* included), locale.
     */
    update(data) {
      last = data;
      if (firstDraw.drawn) onScreen();
      else firstDraw.request();
    },
    /** The last drawing again at EXPORT_SCALE, under `title` and `legend`, as a PNG data URL. */
    png({ title, legend = [] }) {
      const picture = canvas.ownerDocument.createElement('canvas');
      draw(picture, EXPORT_SCALE, last);
      return slidePng(picture, { scale: EXPORT_SCALE, title, legend, colors: last.colors });
    },
    destroy() {
      firstDraw.cancel();
    },
  };
}

// t in [-1, 1] (clipped): the zero colour at 0, the negative or positive colour at the ends.
export function diverging(colors, t) {
  const clipped = Number.isFinite(t) ? Math.max(-1, Math.min(1, t)) : 0;
  const from = rgb(colors.zero);
  const to = rgb(clipped < 0 ? colors.negative : colors.positive);
  const w = Math.abs(clipped);
  return from.map((c, k) => Math.round(c + (to[k] - c) * w));
}

// Any CSS colour as [r, g, b]: a canvas normalises what it is given to #rrggbb (a minifier
// may have written #fff, a host page a colour name).
const normaliser = new OffscreenCanvas(1, 1).getContext('2d');
export function rgb(color) {
  normaliser.fillStyle = '#000000';
  normaliser.fillStyle = color;
  const value = Number.parseInt(normaliser.fillStyle.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const cssColor = ([r, g, b]) => `rgb(${r}, ${g}, ${b})`;
const luminance = ([r, g, b]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
