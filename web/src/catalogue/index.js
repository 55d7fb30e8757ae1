// What a reader sees of each catalogue row, per language: its name, explanation, convention
// note, parameter and preset labels, and its formulas. The numbers (parameters, ranges, kinks)
// come from the wasm catalogue; the words come from this folder, keyed by the same ids:
//   en.js, pt.js    per language: family names; per row name, explanation, convention,
//                   parameter and preset labels
//   tex.js          per row: the formulas in TeX, rendered to ../../generated/formulas.js
//   frameworks.js   per row: the PyTorch, Keras, JAX and TensorFlow names and defaults
//   aliases.js      other names people know a row by
//   ranges.js       which ends of each output range are attained, for interval notation
// engine.js merges the last two into catalog() rows (`frameworks`, `aliases`), since the API
// accepts the aliases; the page asks only this module for the rest.
import { FORMULAS } from '../../generated/formulas.js';
import { formatRange } from '../format.js';
import en from './en.js';
import pt from './pt.js';
import { rangePieces } from './ranges.js';

export const CATALOGUE_TEXTS = Object.freeze({ en, pt });

/** The texts of one row in one language ('en' or 'pt'); a missing text shows the id. */
export function describeRow(lang, row) {
  const texts = CATALOGUE_TEXTS[lang].rows[row.id] ?? {};
  return {
    name: texts.name ?? row.id,
    explanation: texts.explanation ?? '',
    convention: texts.convention ?? '',
    parameterLabel: (parameterId) => texts.parameters?.[parameterId] ?? parameterId,
    presetLabel: (presetId) => texts.presets?.[presetId] ?? presetId,
  };
}

/** A family's heading ('relu' -> 'ReLU family'). */
export function familyName(lang, family) {
  return CATALOGUE_TEXTS[lang].families[family] ?? family;
}

/** Every name a reader may search for a row by: its id, aliases, names in every language, framework names. */
export function searchNames(row) {
  return [
    row.id,
    ...row.aliases,
    ...Object.keys(CATALOGUE_TEXTS).map((lang) => describeRow(lang, row).name),
    ...row.frameworks.map((entry) => entry.name),
  ];
}

/** Presentation MathML of f and f′ (vector rows: yᵢ and ∂yᵢ/∂zⱼ), as markup for mathml.js. */
export function formulaMarkup(row) {
  return FORMULAS[row.id] ?? { value: '', derivative: '' };
}

/** The row's output range as a mathematician writes it: (0, 1), [0, ∞), {0} ∪ (0.5, ∞). */
export function outputRange(row, locale) {
  return formatRange(rangePieces(row), locale);
}
