// A chart as a picture for slides: the chart's canvas (already drawn at `scale` device pixels
// per CSS pixel) under a title and a legend, on a solid background, as a PNG data URL.
import { font } from './theme.js';

/** Exported pictures have at least this many device pixels per CSS pixel. */
export const EXPORT_SCALE = 2;
const TITLE_SIZE = 20;
const LEGEND_SIZE = 15;
const PADDING = 12;
const SWATCH = 28;

/**
 * source: the drawn canvas; scale: its device pixels per CSS pixel; title: text;
 * legend: [{ label, color, dash }]; colors: { text, background }.
 */
export function slidePng(source, { scale, title, legend = [], colors }) {
  const doc = source.ownerDocument;
  const canvas = doc.createElement('canvas');
  const context = canvas.getContext('2d');
  const width = source.width / scale;
  context.font = font(LEGEND_SIZE);
  const rows = legendRows(context, legend, width - 2 * PADDING);
  const header = PADDING + TITLE_SIZE * 1.3 + rows.length * LEGEND_SIZE * 1.6 + PADDING / 2;
  canvas.width = source.width;
  canvas.height = Math.round(source.height + header * scale);
  context.scale(scale, scale);
  context.fillStyle = colors.background;
  context.fillRect(0, 0, width, canvas.height / scale);
  context.fillStyle = colors.text;
  context.textBaseline = 'top';
  context.font = font(TITLE_SIZE, '600');
  context.fillText(title, PADDING, PADDING);
  context.font = font(LEGEND_SIZE);
  rows.forEach((row, r) => {
    const y = PADDING + TITLE_SIZE * 1.3 + r * LEGEND_SIZE * 1.6;
    for (const { entry, x } of row) drawEntry(context, entry, PADDING + x, y, colors.text);
  });
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(source, 0, Math.round(header * scale));
  return canvas.toDataURL('image/png');
}

// Legend entries laid out left to right, wrapping at `width`.
function legendRows(context, legend, width) {
  const rows = [[]];
  let x = 0;
  for (const entry of legend) {
    const entryWidth = SWATCH + 6 + context.measureText(entry.label).width + 18;
    if (x > 0 && x + entryWidth > width) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1).push({ entry, x });
    x += entryWidth;
  }
  return legend.length ? rows : [];
}

function drawEntry(context, { label, color, dash = [] }, x, y, textColor) {
  const middle = y + LEGEND_SIZE * 0.6;
  context.save();
  context.strokeStyle = color;
  context.fillStyle = color;
  context.lineWidth = 3;
  context.setLineDash(dash);
  context.beginPath();
  context.moveTo(x, middle);
  context.lineTo(x + SWATCH, middle);
  context.stroke();
  context.restore();
  context.fillStyle = textColor;
  context.fillText(label, x + SWATCH + 6, y);
}

/** A Chart.js chart drawn again at EXPORT_SCALE (or the screen's ratio, if higher) as a slide. */
export function chartSlide(chart, { title, legend, colors }) {
  const ratio = chart.options.devicePixelRatio;
  chart.options.devicePixelRatio = Math.max(EXPORT_SCALE, globalThis.devicePixelRatio || 1);
  chart.resize();
  try {
    return slidePng(chart.canvas, { scale: chart.currentDevicePixelRatio, title, legend, colors });
  } finally {
    chart.options.devicePixelRatio = ratio;
    chart.resize();
  }
}
