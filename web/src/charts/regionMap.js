// What a network makes of its data, in a square: for a 2-D classification, its output over the
// plane as colour (the decision regions: one class's colour for −1, the other's for +1, the zero
// colour at the boundary) under the data points in their class colours; for a 1-D regression,
// the data points and the network's curve through them. A mark (e.g. "diverged at step 57")
// can be laid over it. One instance per canvas; it draws what it is given.
import { diverging, rgb } from './heatmap.js';
import { clearedContext, font } from './theme.js';

const POINT_RADIUS = 3.5;
const PADDING = 6;

// The diverging scale in 2 x PALETTE_HALF + 1 steps, the middle one exactly the zero colour:
// parsing colours cell by cell would cost more than the drawing.
const PALETTE_HALF = 128;
const palettes = new WeakMap();
function paletteOf(colors) {
  if (!palettes.has(colors)) {
    palettes.set(colors, Array.from({ length: 2 * PALETTE_HALF + 1 }, (_, k) => [...diverging(colors, k / PALETTE_HALF - 1), 255]));
  }
  return palettes.get(colors);
}
const paletteIndex = (value) => (Number.isFinite(value) ? Math.round((Math.max(-1, Math.min(1, value)) + 1) * PALETTE_HALF) : PALETTE_HALF);

export function createRegionMap(canvas) {
  // The grid's colours at one pixel per cell, drawn scaled (and smoothed) into the square.
  const cells = canvas.ownerDocument.createElement('canvas');

  function draw({ kind, domain, grid, size, points, curveColor, mark, sizes, colors }) {
    const side = canvas.clientWidth || 240;
    const context = clearedContext(canvas, { width: side, height: side, scale: globalThis.devicePixelRatio || 1, background: colors.background });
    const inner = side - 2 * PADDING;
    const px = (x) => PADDING + ((x - domain.xMin) / (domain.xMax - domain.xMin)) * inner;
    const py = (y) => PADDING + ((domain.yMax - y) / (domain.yMax - domain.yMin)) * inner;

    if (kind === 'classes' && grid) {
      cells.width = size;
      cells.height = size;
      const cellContext = cells.getContext('2d');
      const image = cellContext.createImageData(size, size);
      const palette = paletteOf(colors);
      grid.forEach((value, i) => image.data.set(palette[paletteIndex(value)], 4 * i));
      cellContext.putImageData(image, 0, 0);
      context.imageSmoothingEnabled = true;
      context.drawImage(cells, PADDING, PADDING, inner, inner);
    } else {
      context.strokeStyle = colors.grid;
      context.lineWidth = 1;
      context.beginPath();
      context.moveTo(PADDING, py(0));
      context.lineTo(PADDING + inner, py(0));
      context.stroke();
    }

    const inside = (x, y) => x >= domain.xMin && x <= domain.xMax && y >= domain.yMin && y <= domain.yMax;
    // Ringed in the background colour: a point stands out on its own class's region too.
    context.lineWidth = 1.25;
    context.strokeStyle = colors.background;
    for (const { x, y, label } of points) {
      if (!inside(x, y)) continue;
      context.fillStyle = kind === 'classes' ? (label > 0 ? colors.positive : colors.negative) : colors.grid;
      context.beginPath();
      context.arc(px(x), py(y), POINT_RADIUS, 0, 2 * Math.PI);
      context.fill();
      if (kind === 'classes') context.stroke();
    }

    if (kind === 'curve' && grid) {
      context.save();
      context.beginPath();
      context.rect(PADDING, PADDING, inner, inner);
      context.clip();
      context.strokeStyle = curveColor;
      context.lineWidth = sizes.line;
      context.lineJoin = 'round';
      context.beginPath();
      grid.forEach((y, i) => {
        const x = domain.xMin + ((domain.xMax - domain.xMin) * (i + 0.5)) / grid.length;
        if (i === 0) context.moveTo(px(x), py(y));
        else context.lineTo(px(x), py(y));
      });
      context.stroke();
      context.restore();
    }

    context.strokeStyle = colors.grid;
    context.lineWidth = 1;
    context.strokeRect(PADDING, PADDING, inner, inner);
    if (mark) drawMark(context, side, mark, sizes, colors);
  }

  return {
    /**
     * kind: 'classes' or 'curve'; domain: { xMin, xMax, yMin, yMax }; grid: the network's outputs
     * (size x size row-major from the top, or one per x), or null while there is none; points:
     * [{ x, y, label }]; curveColor: the curve's colour; mark: text laid over it, or null;
     * sizes, colors (--heat-* for the classes).
     */
    update: draw,
    destroy() {},
  };
}

// The map dimmed, and the mark on a badge across its middle.
function drawMark(context, side, text, sizes, colors) {
  const [r, g, b] = rgb(colors.background);
  context.fillStyle = `rgba(${r}, ${g}, ${b}, 0.6)`;
  context.fillRect(0, 0, side, side);
  const size = Math.min(sizes.label + 2, side / 12);
  context.font = font(size, '700');
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  const width = Math.min(side - 8, context.measureText(text).width + 16);
  context.fillStyle = colors.background;
  context.strokeStyle = colors.naive;
  context.lineWidth = 2;
  context.fillRect((side - width) / 2, side / 2 - size, width, 2 * size);
  context.strokeRect((side - width) / 2, side / 2 - size, width, 2 * size);
  context.fillStyle = colors.text;
  context.fillText(text, side / 2, side / 2, side - 12);
}
