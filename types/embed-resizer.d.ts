// Types of "activation-explorer/embed-resizer": a classic script with no exports that fits every
// <iframe data-activation-explorer> on the page to the height its explorer reports.
export {};
