// <activation-plot>: one activation function (and its derivative) drawn in place, for course
// pages. Built as dist/activation-plot.js; a page loads it with one module script:
//   <script type="module" src="https://your.host/explorer/activation-plot.js"></script>
//   <activation-plot fn="selu" derivative params="alpha=3; scale=1" lang="pt"></activation-plot>
// Attributes (all reactive): fn (a catalogue id), derivative (present: draw f' too),
// params ("name=value; ..."), xmin and xmax (default -10, 10), lang ("en" or "pt").
// Styles live in the shadow root; every element on a page shares one wasm instance; a bad
// attribute shows a readable message inside the element instead of throwing.
import { describeRow } from './catalogue/index.js';
import { createLineChart } from './charts/lineChart.js';
import { readColors, SIZES } from './charts/theme.js';
import { loadActivations } from './engine.js';
import { LANGUAGES } from './i18n/index.js';
import { extent, yInterval } from './views/functions/yRange.js';

const SAMPLES = 401;

const styles = new CSSStyleSheet();
styles.replaceSync(`
  :host {
    display: block; font-family: system-ui, sans-serif; color: #1f2328;
    --chart-text: #424a53; --chart-grid: rgba(0, 0, 0, 0.12); --chart-background: #ffffff;
    --series-1: #1d4ed8; --series-2: #b45309;
  }
  .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr)); gap: 0.75rem; }
  figure { margin: 0; min-width: 0; }
  figcaption { font-weight: 600; font-size: 0.9rem; }
  .box { position: relative; height: var(--activation-plot-height, 14rem); }
  .message { color: #b42318; font-weight: 600; }
  [hidden] { display: none !important; }
`);

class ActivationPlot extends HTMLElement {
  static observedAttributes = ['fn', 'derivative', 'params', 'xmin', 'xmax', 'lang'];

  #parts;
  #charts = {};
  #pending = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles];
    const figure = (which) => {
      const element = document.createElement('figure');
      const caption = document.createElement('figcaption');
      const box = document.createElement('div');
      box.className = 'box';
      const canvas = document.createElement('canvas');
      canvas.setAttribute('role', 'img');
      box.append(canvas);
      element.append(caption, box);
      return { element, caption, canvas, which };
    };
    const charts = document.createElement('div');
    charts.className = 'charts';
    const message = document.createElement('p');
    message.className = 'message';
    message.setAttribute('role', 'alert');
    message.hidden = true;
    this.#parts = { value: figure('value'), derivative: figure('derivative'), charts, message };
    charts.append(this.#parts.value.element, this.#parts.derivative.element);
    root.append(message, charts);
  }

  connectedCallback() {
    this.#schedule();
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
      this.#draw().catch((error) => this.#show(error));
    });
  }

  async #draw() {
    const act = await loadActivations();
    // Own keys only: LANGUAGES.constructor is inherited, and no language.
    const lang = Object.hasOwn(LANGUAGES, this.getAttribute('lang') ?? '') ? this.getAttribute('lang') : 'en';
    const t = LANGUAGES[lang];
    const id = this.getAttribute('fn') ?? 'relu';
    const xMin = this.#number('xmin', -10);
    const xMax = this.#number('xmax', 10);
    if (!(xMin < xMax)) throw new RangeError(`xmin (${xMin}) must be less than xmax (${xMax}).`);
    const xs = Float64Array.from({ length: SAMPLES }, (_, i) => xMin + ((xMax - xMin) * i) / (SAMPLES - 1));
    const result = act.evaluate(id, xs, parseParams(this.getAttribute('params')));
    const row = act.catalog().find((r) => r.id === id || r.aliases.includes(id));
    const { name } = describeRow(lang, row);
    const showDerivative = this.hasAttribute('derivative');
    this.#parts.derivative.element.hidden = !showDerivative;
    const colors = readColors(this);
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
        titles: { x: 'x', y: t.axisTitles[which] },
        sizes: SIZES.normal,
        colors,
        locale: t.htmlLang,
      });
      const caption = t.chartTitles[which](name);
      part.caption.textContent = caption;
      part.canvas.setAttribute('aria-label', caption);
    }
    this.#parts.message.hidden = true;
    this.#parts.charts.hidden = false;
  }

  #number(attribute, fallback) {
    const text = this.getAttribute(attribute);
    if (text === null) return fallback;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) throw new TypeError(`${attribute}="${text}" is not a number.`);
    return value;
  }

  #show(error) {
    this.#parts.message.textContent = `activation-plot: ${error.message}`;
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
