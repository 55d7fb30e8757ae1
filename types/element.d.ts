// Types of "activation-explorer/element": importing it defines <activation-plot>.
// Attributes: fn (a catalogue id), derivative (present: draw f' too), params ("name=value; ..."),
// xmin and xmax (default -10, 10), lang ("en" or "pt").

export {};

declare global {
  interface HTMLElementTagNameMap {
    'activation-plot': HTMLElement;
  }
}
