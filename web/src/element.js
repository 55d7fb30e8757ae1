// <activation-plot>: one activation function (and its derivative) drawn in place, for course
// pages. Built as dist/activation-plot.js; a page loads it with one module script:
//   <script type="module" src="https://your.host/explorer/activation-plot.js"></script>
//   <activation-plot fn="selu" derivative params="alpha=3; scale=1" lang="pt"></activation-plot>
// Attributes (all reactive): fn (a catalogue id), derivative (present: draw f' too),
// params ("name=value; ..."), xmin and xmax (default -10, 10), lang ("en" or "pt").
// Styles live in the shadow root; every element on a page shares one wasm instance; a bad
// attribute shows a readable message inside the element instead of throwing, and so does a
// wasm module that cannot load (offline, or a host that does not allow this page to load it).
// Colours follow the page: drawn in the scheme of what lies behind the element (backdrop.js),
// or as the --activation-plot-* custom properties say. It loads only the texts it shows:
// function names (web/generated/names.js) and its own words (i18n/plot.js).
import { NAMES } from '../generated/names.js';
import { backdropScheme, watchBackdrop } from './backdrop.js';
import { createLineChart } from './charts/lineChart.js';
import { SIZES } from './charts/theme.js';
import { loadActivations } from './engine.js';
import { PLOT_TEXTS } from './i18n/plot.js';
import { extent, yInterval } from './views/functions/yRange.js';

const SAMPLES = 401;

// Each colour is the host's custom property if set, else a pair for light and dark
// backgrounds, chosen by the frame's colour scheme (light-dark()). Text reaches 4.5:1 on white
// and on Chromium's dark canvas (#121212); the curves 3:1.
const styles = new CSSStyleSheet();
styles.replaceSync(`
  :host { display: block; font-family: system-ui, sans-serif; }
  .frame {
    --text: var(--activation-plot-text, light-dark(#1f2328, #e6edf3));
    --grid: var(--activation-plot-grid, light-dark(rgba(0, 0, 0, 0.12), rgba(255, 255, 255, 0.16)));
    --series-1: var(--activation-plot-series-1, light-dark(#1d4ed8, #79a6ff));
    --series-2: var(--activation-plot-series-2, light-dark(#b45309, #f0a35e));
    --error: light-dark(#b42318, #ff7b72);
    color: var(--text);
    background-color: var(--activation-plot-background, transparent);
  }
  .frame[data-scheme='light'] { color-scheme: light; }
  .frame[data-scheme='dark'] { color-scheme: dark; }
  .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr)); gap: 0.75rem; }
  figure { margin: 0; min-width: 0; }
  figcaption { font-weight: 600; font-size: 0.9rem; }
  .box { position: relative; height: var(--activation-plot-height, 14rem); }
  .message { color: var(--error); font-weight: 600; margin: 0; }
  .palette [data-color='text'] { color: var(--text); }
  .palette [data-color='grid'] { color: var(--grid); }
  .palette [data-color='series-1'] { color: var(--series-1); }
  .palette [data-color='series-2'] { color: var(--series-2); }
  [hidden] { display: none !important; }
`);

const PALETTE = ['text', 'grid', 'series-1', 'series-2'];

class ActivationPlot extends HTMLElement {
  static observedAttributes = ['fn', 'derivative', 'params', 'xmin', 'xmax', 'lang'];

  #parts;
  #charts = {};
  #pending = false;
  #unwatch = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles];
    const make = (tag, properties = {}) => Object.assign(document.createElement(tag), properties);
    const figure = () => {
      const element = make('figure');
      const caption = make('figcaption');
      const box = make('div', { className: 'box' });
      const canvas = make('canvas');
      canvas.setAttribute('role', 'img');
      box.append(canvas);
      element.append(caption, box);
      return { element, caption, canvas };
    };
    const frame = make('div', { className: 'frame' });
    const charts = make('div', { className: 'charts' });
    const message = make('p', { className: 'message', hidden: true });
    message.setAttribute('role', 'alert');
    // Elements that only resolve the colours for the canvas, which takes no light-dark() or var().
    const palette = make('div', { className: 'palette', hidden: true });
    const swatches = Object.fromEntries(PALETTE.map((name) => [name, make('span')]));
    for (const [name, swatch] of Object.entries(swatches)) swatch.dataset.color = name;
    palette.append(...Object.values(swatches));
    this.#parts = { value: figure(), derivative: figure(), frame, charts, message, swatches };
    charts.append(this.#parts.value.element, this.#parts.derivative.element);
    frame.append(message, charts, palette);
    root.append(frame);
  }

  connectedCallback() {
    this.#unwatch ??= watchBackdrop(this.ownerDocument, () => this.#schedule());
    this.#schedule();
  }

  disconnectedCallback() {
    this.#unwatch?.();
    this.#unwatch = null;
    for (const chart of Object.values(this.#charts)) chart.destroy();
    this.#charts = {};
  }

  attributeChangedCallback() {
    this.#schedule();
  }

  // Several attributes set in a row draw once.
  #schedule() {
    if (this.#pending || !this.isConnected) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      this.#draw().catch((error) => this.#show(`activation-plot: ${error.message}`));
    });
  }

  async #draw() {
    // Own keys only: PLOT_TEXTS.constructor is inherited, and no language.
    const lang = Object.hasOwn(PLOT_TEXTS, this.getAttribute('lang') ?? '') ? this.getAttribute('lang') : 'en';
    const t = PLOT_TEXTS[lang];
    let act;
    try {
      act = await loadActivations();
    } catch {
      return this.#show(t.unavailable); // the next draw tries again
    }
    if (!this.isConnected) return; // removed while the module loaded
    const id = this.getAttribute('fn') ?? 'relu';
    const xMin = this.#number('xmin', -10);
    const xMax = this.#number('xmax', 10);
    if (!(xMin < xMax)) throw new RangeError(`xmin (${xMin}) must be less than xmax (${xMax}).`);
    const xs = Float64Array.from({ length: SAMPLES }, (_, i) => xMin + ((xMax - xMin) * i) / (SAMPLES - 1));
    const result = act.evaluate(id, xs, parseParams(this.getAttribute('params')));
    const row = act.catalog().find((r) => r.id === id || r.aliases.includes(id));
    const name = NAMES[lang][row.id] ?? row.id;
    const showDerivative = this.hasAttribute('derivative');
    this.#parts.derivative.element.hidden = !showDerivative;
    this.#parts.frame.dataset.scheme = backdropScheme(this.#parts.frame) ?? '';
    const colors = this.#colors();
    for (const [index, which] of (showDerivative ? ['value', 'derivative'] : ['value']).entries()) {
      const part = this.#parts[which];
      this.#charts[which] ??= createLineChart(part.canvas);
      const [yMin, yMax] = yInterval([extent(result[which])]);
      this.#charts[which].update({
        xs,
        series: [{ ys: result[which], color: colors.series[index] }],
        xMin,
        xMax,
        yMin,
        yMax,
        titles: { x: t.axisTitles.x, y: t.axisTitles[which] },
        sizes: SIZES.normal,
        colors,
        locale: t.locale,
      });
      const caption = t.chartTitles[which](name);
      part.caption.textContent = caption;
      part.canvas.setAttribute('aria-label', caption);
    }
    this.#parts.message.hidden = true;
    this.#parts.charts.hidden = false;
  }

  // The palette as the canvas needs it: resolved colours, for the scheme set on the frame.
  #colors() {
    const win = this.ownerDocument.defaultView;
    const [text, grid, ...series] = PALETTE.map((name) => win.getComputedStyle(this.#parts.swatches[name]).color);
    return { text, grid, series, background: win.getComputedStyle(this.#parts.frame).backgroundColor };
  }

  #number(attribute, fallback) {
    const text = this.getAttribute(attribute);
    if (text === null) return fallback;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) throw new TypeError(`${attribute}="${text}" is not a number.`);
    return value;
  }

  #show(text) {
    this.#parts.message.textContent = text;
    this.#parts.message.hidden = false;
    this.#parts.charts.hidden = true;
  }
}

// "alpha=3; scale=1" -> { alpha: 3, scale: 1 }; names and values are checked by evaluate().
function parseParams(text) {
  const params = {};
  for (const pair of (text ?? '').split(/[;,]/)) {
    if (pair.trim() === '') continue;
    const [name, value, extra] = pair.split('=').map((part) => part.trim());
    if (!name || value === undefined || extra !== undefined) throw new TypeError(`params: "${pair.trim()}" is not name=value.`);
    const number = Number(value);
    if (value === '' || Number.isNaN(number)) throw new TypeError(`params: ${name}="${value}" is not a number.`);
    params[name] = number;
  }
  return params;
}

if (!customElements.get('activation-plot')) customElements.define('activation-plot', ActivationPlot);
