// A tab list as the WAI-ARIA tabs pattern has it: one tab in the Tab order, the arrow keys,
// Home and End move between tabs and select them. Panels are the caller's, with the ids
// `${prefix}-panel-${id}`.
import { html } from 'lit-html';

const MOVES = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** tabs: [{ id, text }]; selected: an id; select(id) is called on click and on the keys. */
export function tabList({ prefix, label, tabs, selected, select, className = 'tabs' }) {
  const onKey = (event) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const target =
      event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : MOVES[event.key] === undefined ? -1 : (index + MOVES[event.key] + tabs.length) % tabs.length;
    if (target < 0) return;
    event.preventDefault();
    select(tabs[target].id);
    event.currentTarget.ownerDocument.getElementById(`${prefix}-tab-${tabs[target].id}`)?.focus();
  };
  return html`<div role="tablist" class=${className} aria-label=${label} @keydown=${onKey}>
    ${tabs.map(
      (tab) => html`<button
        type="button"
        role="tab"
        id=${`${prefix}-tab-${tab.id}`}
        aria-controls=${`${prefix}-panel-${tab.id}`}
        aria-selected=${tab.id === selected ? 'true' : 'false'}
        tabindex=${tab.id === selected ? '0' : '-1'}
        @click=${() => select(tab.id)}
      >
        ${tab.text}
      </button>`,
    )}
  </div>`;
}
