// Chart.js's bundle keeps three scales we never register (radialLinear, time, timeseries: 16 KB
// of the first view's 146 KB Chart.js chunk, 5.4 KB gzipped) because two static initialisers
// read a property, which a bundler must assume may run a getter: TimeSeriesScale's
// `defaults = TimeScale.defaults` and RadialLinearScale's `callback: Ticks.formatters.numeric`.
// This plugin wraps those two reads in a pure-annotated function call, evaluated at the same
// moment with the same result, so the classes fall away when nothing uses them. Each edit must
// find its text: a Chart.js release that changes it fails the build, not the size.

const CHART_JS = /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/;

// [the class the read sits in, the read]
const PROPERTY_READS = [
  ['class TimeSeriesScale', 'TimeScale.defaults'],
  ['class RadialLinearScale', 'Ticks.formatters.numeric'],
];

/** Chart.js's source with each listed read, the first after its class's name, marked pure. */
export function markStaticReadsPure(source) {
  let code = source;
  for (const [owner, read] of PROPERTY_READS) {
    const classAt = code.indexOf(owner);
    const readAt = classAt < 0 ? -1 : code.indexOf(read, classAt);
    if (readAt < 0) throw new Error(`chartjs-pure-statics: "${read}" after "${owner}" is not in Chart.js any more; update scripts/chartjs-pure-statics.mjs`);
    code = `${code.slice(0, readAt)}/* @__PURE__ */ (() => ${read})()${code.slice(readAt + read.length)}`;
  }
  return code;
}

/** A Vite plugin applying markStaticReadsPure to Chart.js's bundle. */
export function chartjsPureStatics() {
  return {
    name: 'chartjs-pure-statics',
    transform(code, id) {
      return CHART_JS.test(id) ? { code: markStaticReadsPure(code), map: null } : null;
    },
  };
}
