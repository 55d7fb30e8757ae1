// What every chart draws with: colours read from the style sheet (so the dark scheme and a
// host page's custom properties change them) and sizes readable from the back of a room,
// larger still in presentation mode.

/** Sizes in CSS pixels: tick labels, axis titles, curve width, value labels. */
export const SIZES = Object.freeze({
  normal: Object.freeze({ tick: 14, title: 16, line: 3, label: 14 }),
  present: Object.freeze({ tick: 20, title: 24, line: 4, label: 20 }),
});

/** Dash patterns of the series, in order: every compared curve differs in more than colour. */
export const DASHES = Object.freeze([[], [12, 6], [3, 5], [16, 5, 3, 5]]);

const SERIES_COUNT = 4;

/** The colours of `element`'s computed style (custom properties --chart-*, --series-N, ...). */
export function readColors(element) {
  const style = element.ownerDocument.defaultView.getComputedStyle(element);
  const read = (name) => style.getPropertyValue(name).trim();
  return {
    text: read('--chart-text'),
    grid: read('--chart-grid'),
    background: read('--chart-background'),
    series: Array.from({ length: SERIES_COUNT }, (_, i) => read(`--series-${i + 1}`)),
    naive: read('--naive'),
    band: read('--broken-band'),
    bars: read('--bars'),
    highlight: read('--bars-highlight'),
    removed: read('--bars-removed'),
    negative: read('--heat-negative'),
    positive: read('--heat-positive'),
    zero: read('--heat-zero'),
  };
}

/** A canvas font string for a size in CSS pixels. */
export function font(size, weight = 'normal') {
  return `${weight} ${size}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
}
