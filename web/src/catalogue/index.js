// What a reader sees of each catalogue row, per language: its name, explanation, convention
// note, parameter and preset labels, and its formulas. The numbers (parameters, ranges, kinks)
// come from the wasm catalogue; the words come from this folder, keyed by the same ids:
//   en.js, pt.js    per language: family names; per row name, explanation, convention,
//                   parameter and preset labels (loaded per language by ../i18n/languages.js,
//                   which adds them here)
//   tex.js          per row: the formulas in TeX, rendered to ../../generated/formulas.js
//                   (read by ../mathml.js, which the formula panes load when first shown)
//   frameworks.js   per row: the PyTorch, Keras, JAX and TensorFlow names and defaults
//   aliases.js      other names people know a row by
//   ranges.js       which ends of each output range are attained, for interval notation
// engine.js merges the last two into catalog() rows (`frameworks`, `aliases`), since the API
// accepts the aliases; the page asks only this module for the rest.
import { formatRange } from '../format.js';
import { rangePieces } from './ranges.js';

/** The catalogue texts of each language loaded so far, by code. */
export const CATALOGUE_TEXTS = {};

export function addCatalogueTexts(lang, texts) {
  CATALOGUE_TEXTS[lang] = Object.freeze(texts);
}

/** The texts of one row in one language ('en' or 'pt'); a missing text (or language) shows the id. */
export function describeRow(lang, row) {
  const texts = CATALOGUE_TEXTS[lang]?.rows[row.id] ?? {};
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
  return CATALOGUE_TEXTS[lang]?.families[family] ?? family;
}

/** Every name a reader may search for a row by: its id, aliases, names in `languages` (those loaded), framework names. */
export function searchNames(row, languages = Object.keys(CATALOGUE_TEXTS)) {
  return [
    row.id,
    ...row.aliases,
    ...languages.map((lang) => describeRow(lang, row).name),
    ...row.frameworks.map((entry) => entry.name),
  ];
}

/** The row's output range as a mathematician writes it: (0, 1), [0, ∞), {0} ∪ (0.5, ∞). */
export function outputRange(row, locale) {
  return formatRange(rangePieces(row), locale);
}
