// Page entry: load the wasm module, then start the explorer; say so if loading fails.
import { loadActivations } from './engine.js';
import { LANGUAGES, browserLanguage } from './i18n/index.js';
import { startExplorer } from './ui.js';

loadActivations()
  .then((act) => startExplorer(act))
  .catch((error) => {
    const status = document.getElementById('status');
    status.textContent = LANGUAGES[browserLanguage()].loadError;
    status.classList.add('error');
    console.error(error);
  });
