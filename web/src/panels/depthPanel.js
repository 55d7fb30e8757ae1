// "Vanishing gradients, shown": the gradient reaching the probe's x through N stacked layers
// of each shown function, on a log scale, with a readout.
import { numberField } from '../controls.js';
import { gradientsThroughLayers } from '../depth.js';

export function createDepthPanel(view) {
  const { doc, byId, charts, drawn, update, format, functionName, property } = view;

  function translate(t) {
    byId('depth-field').replaceChildren(
      numberField(doc, {
        id: 'field-depth',
        label: t.depthLabel,
        limits: property('depth'),
        read: () => view.state.depth,
        write: (depth) => update({ depth: Math.round(depth) }),
      }),
    );
  }

  function render(t) {
    const { state, colors } = view;
    const layers = Float64Array.from({ length: state.depth }, (_, i) => i + 1);
    const shown = view.shownRows();
    const gradients = shown.map((row) => gradientsThroughLayers((xs) => view.evaluate(row, xs), [state.px], state.depth)[0]);
    charts.depth.update(layers, gradients.map((ys, i) => ({ ys, color: colors.series[i] })), { xMin: 1, xMax: Math.max(2, state.depth), logScale: true });
    const caption = t.depthCaption(format(state.px, 6));
    byId('depth-caption').textContent = caption;
    const readout = shown.map((row, i) => t.depthReadout(functionName(t, row), state.depth, format(gradients[i][state.depth - 1])));
    byId('depth-chart').setAttribute('aria-label', `${caption}. ${readout.join('; ')}`);
    byId('depth-readout').replaceChildren(...readout.map((text) => Object.assign(doc.createElement('li'), { textContent: text })));
    drawn.depth = [[t.columns.layers, ...shown.map((row) => functionName(t, row))], Array.from(layers, (n, i) => [n, ...gradients.map((g) => g[i])])];
  }

  const inputs = (state) => JSON.stringify([view.shownRows().map((row) => [row.id, view.parametersOf(row)]), state.px, state.depth]);

  return { key: () => '', inputs, translate, build: () => {}, render };
}
