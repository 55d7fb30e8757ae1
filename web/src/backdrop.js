// Whether what lies behind an element on its host page is light or dark, so that
// <activation-plot> draws in the scheme that keeps its text readable there; and one watcher
// for every connected element, telling them when that may have changed. A course page's theme
// need not declare `color-scheme` (Jupyter Book's dark theme only swaps colours under
// <html data-theme="dark">), so the colours behind the element are what decide.

// The relative luminance at which black and white text contrast equally with a background:
// (L + 0.05) / 0.05 = 1.05 / (L + 0.05) (WCAG 2's contrast ratio).
const EQUAL_CONTRAST_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

// Chromium's canvas (the page background no element paints) in each scheme.
const CANVAS = { light: [255, 255, 255, 1], dark: [18, 18, 18, 1] };

/**
 * 'light' or 'dark': the scheme of the colours behind `element` (its own background first,
 * then its ancestors' across shadow roots, down to the page's canvas); null where an ancestor
 * paints an image or a gradient, which no single colour describes.
 */
export function backdropScheme(element) {
  const win = element.ownerDocument.defaultView;
  const layers = [];
  for (let node = element; node && layers.at(-1)?.[3] !== 1; node = flatParent(node)) {
    const style = win.getComputedStyle(node);
    if (style.backgroundImage !== 'none') return null;
    const color = rgba(style.backgroundColor);
    if (color[3] > 0) layers.push(color);
  }
  if (layers.at(-1)?.[3] !== 1) layers.push(CANVAS[canvasScheme(win)]);
  const [r, g, b] = layers.reduceRight((below, [r, g, b, a]) => [r, g, b].map((c, i) => a * c + (1 - a) * below[i]));
  return luminance(r, g, b) < EQUAL_CONTRAST_LUMINANCE ? 'dark' : 'light';
}

// WCAG 2's relative luminance of an sRGB colour (channels 0-255).
function luminance(r, g, b) {
  const linear = (c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

// The parent in the rendered tree: a slotted node's slot, a shadow root's host.
const flatParent = (node) => node.assignedSlot ?? node.parentElement ?? node.parentNode?.host ?? null;

// The scheme the page's canvas takes: the root's `color-scheme` (or the color-scheme meta tag),
// choosing by the reader's preference where it offers both.
function canvasScheme(win) {
  const doc = win.document;
  let offered = win.getComputedStyle(doc.documentElement).colorScheme;
  if (offered === 'normal') offered = doc.querySelector('meta[name="color-scheme"]')?.content ?? 'normal';
  const offers = (scheme) => offered.split(/\s+/).includes(scheme);
  const prefersDark = win.matchMedia('(prefers-color-scheme: dark)').matches;
  return offers('dark') && (!offers('light') || prefersDark) ? 'dark' : 'light';
}

// Any CSS colour as [r, g, b, alpha], read back from a one-pixel canvas, which parses every
// colour syntax the browser knows (a computed style may be rgb(), oklch(), color(), ...).
let pixel;
function rgba(color) {
  pixel ??= new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = 'transparent';
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

// What may change the backdrop without touching the element: the reader's preference, and a
// theme switch on <html> or <body> (a class, a data- attribute, a style).
const listeners = new Set();
let stopWatching = null;

/** Calls `onChange` whenever the host's scheme may have changed, until the returned function is called. */
export function watchBackdrop(doc, onChange) {
  listeners.add(onChange);
  stopWatching ??= startWatching(doc);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      stopWatching();
      stopWatching = null;
    }
  };
}

function startWatching(doc) {
  const notify = () => listeners.forEach((listener) => listener());
  const preference = doc.defaultView.matchMedia('(prefers-color-scheme: dark)');
  preference.addEventListener('change', notify);
  const observer = new doc.defaultView.MutationObserver(notify);
  for (const element of [doc.documentElement, doc.body]) if (element) observer.observe(element, { attributes: true });
  return () => {
    preference.removeEventListener('change', notify);
    observer.disconnect();
  };
}
