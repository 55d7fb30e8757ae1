// Every language's interface texts at once, for Node and the tests; the page loads one at a
// time through ./languages.js.
import en from './en.js';
import pt from './pt.js';

export { browserLanguage } from './languages.js';

export const LANGUAGES = Object.freeze({ en, pt });
