// The panes under the function charts, behind tabs: the explanation, the formula, the
// properties, the gradient through stacked layers, and the data behind the charts.
import { html, nothing } from 'lit-html';

import { describeRow, outputRange } from '../../catalogue/index.js';
import { formatNumber } from '../../format.js';
import { TABS as PANES } from '../../state.js';
import { numberField } from '../../ui/fields.js';
import { tabList } from '../../ui/tabs.js';

// The embed `hide` name each pane answers to.
const PART_OF = { explanation: 'explanation', formula: 'formula', properties: 'formula', layers: 'depth', data: 'data' };

// 'PyTorch: torch.nn.LeakyReLU (negative slope (a) = 0.01)', one framework a line, a line break
// opportunity after each dot so a long dotted name wraps on a phone.
function frameworks(t, lang, row) {
  if (!row.frameworks.length) return t.noFramework;
  const { parameterLabel } = describeRow(lang, row);
  const breakable = (name) => name.split(/(?<=\.)/).map((part, i) => (i ? html`<wbr />${part}` : part));
  return row.frameworks.map(({ framework, name, defaults }) => {
    const values = Object.entries(defaults).map(([id, value]) => `${parameterLabel(id)} = ${formatNumber(value, t.htmlLang, 6)}`);
    return html`<span class="framework">${framework}: <code>${breakable(name)}</code>${values.length ? ` (${values.join(', ')})` : ''}</span>`;
  });
}

function properties(t, lang, row) {
  const texts = describeRow(lang, row);
  const entries = [
    [row.kind === 'gated' ? t.properties.gateRange : row.params.length ? t.properties.rangeAtDefaults : t.properties.range, outputRange(row, t.htmlLang)],
    [t.properties.monotonic, row.monotonic ? t.yes : t.no],
    [t.properties.continuity, t.continuity(row.continuity)],
    [t.properties.zeroCentred, row.zeroCentred ? t.yes : t.no],
    [t.properties.saturates, t.saturation[row.saturates]],
    [t.properties.follows, texts.convention],
    [t.properties.frameworks, frameworks(t, lang, row)],
  ];
  return html`<dl class="properties">${entries.map(([term, description]) => html`<dt>${term}</dt><dd>${description}</dd>`)}</dl>`;
}

function table(header, rows) {
  return html`<div class="table-scroll" tabindex="0">
    <table>
      <thead><tr>${header.map((cell) => html`<th scope="col">${cell}</th>`)}</tr></thead>
      <tbody>${rows.map((cells) => html`<tr>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
    </table>
  </div>`;
}

/**
 * selected: the pane in the state (the first available one stands in when it is hidden);
 * hide: the embed's hidden parts; view: what the panes show, from the function view:
 * { main, names, formulas (MathML elements of the main row), naiveNote, depth: { value, limits,
 * write, readout() }, layersCanvas (a template holding the layers chart's canvas), tableRows(),
 * exports (the export buttons) }.
 */
export function panesTemplate(t, lang, { selected, select, hide }, view) {
  const available = PANES.filter((id) => !hide.includes(PART_OF[id]));
  if (!available.length) return nothing;
  const pane = available.includes(selected) ? selected : available[0];
  const texts = describeRow(lang, view.main);
  // The layers pane stays in the page while hidden: its chart keeps its canvas.
  const panel = (id, content) =>
    available.includes(id)
      ? html`<div role="tabpanel" id=${`fn-panel-${id}`} aria-labelledby=${`fn-tab-${id}`} class="pane" ?hidden=${pane !== id} tabindex="0">
          ${pane === id || id === 'layers' ? content() : nothing}
        </div>`
      : nothing;
  const tabs = available.map((id) => ({ id, text: t.panes[id] }));
  return html`${tabList({ prefix: 'fn', label: t.panesLabel, tabs, selected: pane, select, className: 'tabs panes-tabs' })}
    ${panel('explanation', () => html`<p class="explanation">${texts.explanation}</p>`)}
    ${panel('formula', () => html`<div class="formula">${view.formulas}</div>`)}
    ${panel('properties', () => properties(t, lang, view.main))}
    ${panel(
      'layers',
      () => html`<p class="explanation">${t.depthExplanation}</p>
        ${numberField({ id: 'field-depth', label: t.depthLabel, value: view.depth.value, limits: view.depth.limits, slider: true, write: view.depth.write })}
        <figure class="chart layers-chart">
          <figcaption>${t.depthCaption(formatNumber(view.probe, t.htmlLang, 4))}</figcaption>
          ${view.layersCanvas}
        </figure>
        <ul class="readout-list" aria-live="polite">${pane === 'layers' ? view.depth.readout().map((text) => html`<li>${text}</li>`) : nothing}</ul>`,
    )}
    ${panel('data', () => html`<p class="hint">${t.dataHint}</p>${table(view.tableHeader, view.tableRows())}`)}`;
}
