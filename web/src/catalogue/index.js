// What a reader sees of each catalogue row, per language: its name, explanation, convention
// note, parameter and preset labels, and its formulas. The numbers (parameters, ranges, kinks)
// come from the wasm catalogue; the words come from here. The page asks only this module.
import { formatRange } from '../format.js';
import { LANGUAGES } from '../i18n/index.js';
import { rangePieces } from './ranges.js';

/** The texts of one row in one language ('en' or 'pt'). */
export function describeRow(lang, row) {
  const t = LANGUAGES[lang];
  const texts = t.functions[row.id] ?? {};
  return {
    name: texts.name ?? row.name,
    explanation: texts.explanation ?? '',
    convention: row.follows,
    parameterLabel: (parameterId) => t.parameterNames[parameterId] ?? parameterId,
    presetLabel: (presetId) => t.presets[presetId] ?? presetId,
  };
}

/** A family's heading ('relu' -> 'ReLU family'). */
export function familyName(lang, family) {
  return LANGUAGES[lang].families[family] ?? family;
}

/** Every name a reader may search for a row by, in every language. */
export function searchNames(row) {
  return [row.id, ...Object.keys(LANGUAGES).map((lang) => describeRow(lang, row).name)];
}

/** Presentation MathML of f and f' (vector rows: y_i and dy_i/dz_j), as markup for mathml.js. */
export function formulaMarkup(row) {
  return row.formula;
}

/** The row's output range as a mathematician writes it: (0, 1), [0, ∞), {0} ∪ (0.5, ∞). */
export function outputRange(row, locale) {
  return formatRange(rangePieces(row), locale);
}
