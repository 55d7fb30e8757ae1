// The texts <activation-plot> shows, per language, and all it loads of them: the titles of its
// charts (symbols, the same in every language; the page's charts use them too, through en.js
// and pt.js) and its message when the wasm module cannot load. Function names come from
// web/generated/names.js.
const CHART_WORDS = Object.freeze({
  axisTitles: Object.freeze({ x: 'x', value: 'f(x)', derivative: 'f′(x)' }),
  chartTitles: Object.freeze({
    value: (names) => `${names}: f(x)`,
    derivative: (names) => `${names}: f′(x)`,
  }),
});

export const PLOT_TEXTS = Object.freeze({
  en: Object.freeze({
    locale: 'en',
    ...CHART_WORDS,
    unavailable:
      'This chart could not be drawn: the explorer’s WebAssembly module did not load. The page may be offline, or the ' +
      'explorer’s host may not let other sites load it. Reload the page to try again.',
  }),
  pt: Object.freeze({
    locale: 'pt-BR',
    ...CHART_WORDS,
    unavailable:
      'Não foi possível desenhar este gráfico: o módulo WebAssembly do explorador não carregou. A página pode estar sem ' +
      'conexão, ou o servidor do explorador pode não permitir que outros sites o carreguem. Recarregue a página para tentar de novo.',
  }),
});
