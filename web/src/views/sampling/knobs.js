// The four sampling knobs: the state key of each, the samplingDistribution option it sets
// (engine.js), the value that switches a filter off, and the presets people know them by.
import { SAMPLING_DEFAULTS } from '../../engine.js';

export const KNOBS = Object.freeze([
  { key: 'temp', option: 'temperature' },
  { key: 'topk', option: 'topK', off: SAMPLING_DEFAULTS.topK },
  { key: 'topp', option: 'topP', off: SAMPLING_DEFAULTS.topP },
  { key: 'minp', option: 'minP', off: SAMPLING_DEFAULTS.minP },
]);

/** A state's knobs as samplingDistribution's options. */
export const knobsOf = (state) => Object.fromEntries(KNOBS.map((knob) => [knob.option, state[knob.key]]));

// Greedy decoding always takes the most probable word: top-k = 1 (which keeps words tied with
// it, as Hugging Face's top-k does). The chatbot's is the common default of chat front ends;
// the creative one is min-p's use case, a high temperature kept coherent by the cut.
export const PRESETS = Object.freeze([
  { id: 'greedy', knobs: { temp: 1, topk: 1, topp: 1, minp: 0 } },
  { id: 'chatbot', knobs: { temp: 0.7, topk: 0, topp: 0.9, minp: 0 } },
  { id: 'creative', knobs: { temp: 1.5, topk: 0, topp: 1, minp: 0.1 } },
  { id: 'plain', knobs: { temp: 1, topk: 0, topp: 1, minp: 0 } },
]);

/** Whether a state's knobs are exactly a preset's. */
export const matchesPreset = (state, preset) => KNOBS.every((knob) => state[knob.key] === preset.knobs[knob.key]);
