import en from './en.js';
import pt from './pt.js';

export const LANGUAGES = Object.freeze({ en, pt });

// The first of the browser's preferred languages that we speak, else English.
export function browserLanguage(preferred = globalThis.navigator?.languages ?? []) {
  for (const tag of preferred) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (Object.hasOwn(LANGUAGES, primary)) return primary;
  }
  return 'en';
}
