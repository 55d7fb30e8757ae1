// The function panel: pick and compare functions, their parameters, the view (x and y ranges,
// log axis, the notebook's formula), the function and derivative charts, the probe, the
// formula and property table, the data table.
import { button, fillGroupedOptions, numberField, setValue } from '../controls.js';
import { formulaMarkup } from '../catalogue/index.js';
import { renderFormulas } from '../mathml.js';
import { brokenIntervals, brokenPoints } from '../naive.js';
import { parameterKey } from '../state.js';
import { fillTable, fillTableWhenOpen } from '../tables.js';

const SAMPLES = 801;
const DATA_TABLE_ROWS = 41;

export function createFunctionPanel(view) {
  const { doc, byId, act, catalog, rows, property, charts, drawn, update, format, functionName, describe, familyName } = view;

  function translate(t) {
    fillGroupedOptions(doc, byId('activation'), catalog.filter((row) => row.kind === 'elementwise'), familyName, (row) => functionName(t, row));
    const boundField = (key, label, low, high) =>
      numberField(doc, {
        id: `field-${key}`,
        label,
        limits: property(key),
        read: () => view.state[key],
        write: (value) => update(orderedRange(view.state, low, high, { [key]: value })),
        withSlider: false,
      });
    byId('range-fields').replaceChildren(boundField('xmin', t.xMinLabel, 'xmin', 'xmax'), boundField('xmax', t.xMaxLabel, 'xmin', 'xmax'));
    byId('y-range-fields').replaceChildren(boundField('ymin', t.yMinLabel, 'ymin', 'ymax'), boundField('ymax', t.yMaxLabel, 'ymin', 'ymax'));
  }

  // Compared functions, the legend, a parameter set per function, the main one's texts.
  function build(t) {
    const { state } = view;
    const main = rows.get(state.fn);
    const shown = view.shownRows();
    const addable = catalog.filter((row) => row.kind === 'elementwise' && !shown.includes(row));
    const add = byId('compare-add');
    fillGroupedOptions(doc, add, addable, familyName, (row) => functionName(t, row));
    add.prepend(new Option(t.compareAdd, '', true, true));
    add.disabled = state.cmp.length >= property('cmp').maxLength;
    byId('compare-list').replaceChildren(
      ...state.cmp.map((id, index) => {
        const chip = doc.createElement('li');
        chip.style.setProperty('--swatch', view.colors.series[index + 1]);
        const name = functionName(t, rows.get(id));
        const remove = button(doc, '×', () => update({ cmp: view.state.cmp.filter((other) => other !== id) }, { record: true }));
        remove.setAttribute('aria-label', t.compareRemove(name));
        chip.append(Object.assign(doc.createElement('span'), { textContent: name }), remove);
        return chip;
      }),
    );
    byId('legend').replaceChildren(
      ...shown.map((row, index) => {
        const item = Object.assign(doc.createElement('li'), { textContent: functionName(t, row) });
        item.style.setProperty('--swatch', view.colors.series[index]);
        return item;
      }),
    );
    byId('parameter-sets').replaceChildren(...shown.filter((row) => row.params.length).map((row) => parameterSet(t, row)));
    byId('explanation').textContent = describe(main).explanation;
    renderFormulas(doc, byId('formula'), formulaMarkup(main));
    renderProperties(t, main);
    byId('naive-toggle').disabled = !main.hasNaive;
  }

  function parameterSet(t, row) {
    const fieldset = doc.createElement('fieldset');
    fieldset.append(Object.assign(doc.createElement('legend'), { textContent: t.parametersFor(functionName(t, row)) }));
    fieldset.append(
      ...row.params.map((p) =>
        numberField(doc, {
          id: `parameter-${row.id}-${p.id}`,
          label: describe(row).parameterLabel(p.id),
          limits: p,
          read: () => view.state[parameterKey(row.id, p.id)],
          write: (value) => update({ [parameterKey(row.id, p.id)]: value }),
        }),
      ),
    );
    const setAll = (values) => update(Object.fromEntries(row.params.map((p, i) => [parameterKey(row.id, p.id), values[i]])), { record: true });
    const buttons = doc.createElement('div');
    buttons.className = 'button-row';
    buttons.append(
      ...row.presets.map((preset) => button(doc, describe(row).presetLabel(preset.id), () => setAll(preset.values))),
      button(doc, t.reset, () => setAll(row.params.map((p) => p.default))),
    );
    fieldset.append(buttons);
    return fieldset;
  }

  // A <dd> holding a string or a node.
  function definition(content) {
    const dd = doc.createElement('dd');
    dd.append(content);
    return dd;
  }

  function renderProperties(t, row) {
    const entries = [
      [t.properties.range, `[${format(row.range.min)}, ${format(row.range.max)}]`],
      [t.properties.monotonic, row.monotonic ? t.yes : t.no],
      [t.properties.continuity, t.continuity(row.continuity)],
      [t.properties.zeroCentred, row.zeroCentred ? t.yes : t.no],
      [t.properties.saturates, t.saturation[row.saturates]],
      [t.properties.follows, describe(row).convention],
      [t.properties.frameworks, frameworksText(t, row)],
    ];
    byId('properties').replaceChildren(
      ...entries.flatMap(([term, description]) => [
        Object.assign(doc.createElement('dt'), { textContent: term }),
        definition(description),
      ]),
    );
  }

  // 'PyTorch: torch.nn.LeakyReLU (negative slope (a) = 0.01); ...', with a line break
  // opportunity (<wbr>) after each dot, so a long dotted name wraps on a phone.
  function frameworksText(t, row) {
    const { parameterLabel } = describe(row);
    const withDefaults = ({ framework, name, defaults }) => {
      const values = Object.entries(defaults).map(([id, value]) => `${parameterLabel(id)} = ${format(value)}`);
      return `${framework}: ${name}${values.length ? ` (${values.join(', ')})` : ''}`;
    };
    const text = row.frameworks.length ? row.frameworks.map(withDefaults).join('; ') : t.noFramework;
    const fragment = doc.createDocumentFragment();
    text.split(/(?<=\.)/).forEach((part, i) => fragment.append(...(i ? [doc.createElement('wbr')] : []), part));
    return fragment;
  }

  function render(t) {
    syncControls();
    renderCharts(t);
    renderProbe(t);
  }

  function syncControls() {
    const { state } = view;
    byId('activation').value = state.fn;
    byId('naive-toggle').checked = state.naive;
    byId('log-toggle').checked = state.logy;
    byId('yfix-toggle').checked = state.yfix;
    byId('y-range-fields').hidden = !state.yfix;
    const probe = byId('probe');
    Object.assign(probe, { min: state.xmin, max: state.xmax, step: (state.xmax - state.xmin) / (SAMPLES - 1) });
    setValue(probe, state.px);
    probe.setAttribute('aria-valuetext', `x = ${format(state.px, 6)}`);
    byId('probe-value').textContent = `x = ${format(state.px, 6)}`;
  }

  function renderCharts(t) {
    const { state, colors } = view;
    const xs = Float64Array.from({ length: SAMPLES }, (_, i) => state.xmin + ((state.xmax - state.xmin) * i) / (SAMPLES - 1));
    const shown = view.shownRows();
    const curves = shown.map((row) => view.evaluate(row, xs));
    const main = shown[0];
    const naive = state.naive && main.hasNaive ? act.evaluate(main.id, xs, view.parametersOf(main), { naive: true }) : undefined;
    const names = shown.map((row) => functionName(t, row));
    const notes = [];
    for (const which of ['value', 'derivative']) {
      const series = curves.map((curve, i) => ({ ys: curve[which], color: colors.series[i] }));
      if (naive) {
        const broken = brokenPoints(curves[0][which], naive[which]);
        const markers = new Float64Array(xs.length).fill(NaN);
        for (const i of broken) markers[i] = curves[0][which][i];
        series.push({ ys: naive[which], color: colors.naive, dashed: true }, { ys: markers, color: colors.broken, markersOnly: true });
        if (broken.length) {
          const intervals = brokenIntervals(xs, broken).map(([from, to]) => `[${format(from)}, ${format(to)}]`);
          notes.push(t.naiveBreaks(t.naiveWhat[which], broken.length, intervals.join(', ')));
        }
      }
      const fixed = state.yfix && !state.logy ? { yMin: state.ymin, yMax: state.ymax } : {};
      charts[which].update(xs, series, { xMin: state.xmin, xMax: state.xmax, logScale: state.logy, probe: state.px, ...fixed });
      const caption = which === 'value' ? t.valueCaption(names.join(', ')) : t.derivativeCaption(names.join(', '));
      const { min, max } = charts[which].yRange();
      byId(`${which}-caption`).textContent = caption;
      byId(`${which}-chart`).setAttribute('aria-label', t.chartDescription(caption, format(state.xmin), format(state.xmax), format(min), format(max)));
      drawn[which] = [[t.columns.x, ...names], Array.from(xs, (x, i) => [x, ...curves.map((curve) => curve[which][i])])];
    }
    byId('naive-note').textContent = !state.naive ? '' : !main.hasNaive ? t.naiveUnavailable : notes.length ? `${notes.join(' ')} ${t.naiveMeaning}` : t.naiveAgrees;
    const every = Math.ceil(SAMPLES / DATA_TABLE_ROWS);
    const header = [t.columns.x, ...names.flatMap((name) => [`${name}: f(x)`, `${name}: f′(x)`])];
    fillTableWhenOpen(doc, byId('function-data'), header, () => {
      const tableRows = [];
      for (let i = 0; i < SAMPLES; i += every) tableRows.push([format(xs[i], 6), ...curves.flatMap((c) => [format(c.value[i], 6), format(c.derivative[i], 6)])]);
      return tableRows;
    });
  }

  function renderProbe(t) {
    const readout = view.shownRows().map((row) => {
      const { value, derivative } = view.evaluate(row, [view.state.px]);
      return [functionName(t, row), format(value[0], 6), format(derivative[0], 6)];
    });
    fillTable(doc, byId('probe-readout'), t.probeColumns, readout);
  }

  const pointerProbe = (chart) => (event) => {
    if (event.type === 'pointermove' && event.buttons === 0) return;
    update({ px: chart.xAt(event.offsetX) });
  };
  byId('activation').addEventListener('change', (event) => {
    update({ fn: event.target.value, cmp: view.state.cmp.filter((id) => id !== event.target.value) }, { record: true });
  });
  byId('compare-add').addEventListener('change', (event) => {
    if (event.target.value) update({ cmp: [...view.state.cmp, event.target.value] }, { record: true });
  });
  byId('naive-toggle').addEventListener('change', (event) => update({ naive: event.target.checked }, { record: true }));
  byId('log-toggle').addEventListener('change', (event) => update({ logy: event.target.checked }, { record: true }));
  byId('yfix-toggle').addEventListener('change', (event) => update({ yfix: event.target.checked }, { record: true }));
  byId('probe').addEventListener('input', (event) => update({ px: event.target.valueAsNumber }));
  for (const which of ['value', 'derivative']) {
    byId(`${which}-chart`).addEventListener('pointerdown', pointerProbe(charts[which]));
    byId(`${which}-chart`).addEventListener('pointermove', pointerProbe(charts[which]));
  }

  // Everything render reads: the shown functions with their parameters, the view, the probe.
  const inputs = (state) =>
    JSON.stringify([view.shownRows().map((row) => view.parametersOf(row)), state.fn, state.cmp, state.xmin, state.xmax, state.yfix, state.ymin, state.ymax, state.logy, state.naive, state.px]);

  return { key: (state) => `${state.fn}|${state.cmp.join()}`, inputs, translate, build, render };
}

// Keeps an interval non-empty: a bound moved past the other one pushes it along.
function orderedRange(state, lowKey, highKey, change) {
  const next = { [lowKey]: state[lowKey], [highKey]: state[highKey], ...change };
  if (next[lowKey] < next[highKey]) return next;
  const span = Math.max(1e-6, state[highKey] - state[lowKey]);
  return lowKey in change ? { ...next, [highKey]: next[lowKey] + span } : { ...next, [lowKey]: next[highKey] - span };
}
