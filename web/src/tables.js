// The numbers behind a chart, as an HTML table ("show data") and as CSV (export).

/** Fills `table` with a header row and body rows; every cell goes in as text. */
export function fillTable(doc, table, header, rows) {
  const row = (cells, tag) => {
    const tr = doc.createElement('tr');
    tr.append(...cells.map((cell) => Object.assign(doc.createElement(tag), { textContent: String(cell) })));
    return tr;
  };
  const head = doc.createElement('thead');
  head.append(row(header, 'th'));
  const body = doc.createElement('tbody');
  body.append(...rows.map((cells) => row(cells, 'td')));
  table.replaceChildren(head, body);
}

/** RFC 4180 CSV; numbers in full precision, so the file round-trips. */
export function toCsv(header, rows) {
  const field = (value) => {
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows].map((cells) => cells.map(field).join(',')).join('\n') + '\n';
}

/** Offers `href` (a data: or blob: URL) as a file download. */
export function download(doc, filename, href) {
  const link = Object.assign(doc.createElement('a'), { href, download: filename });
  doc.body.append(link);
  link.click();
  link.remove();
}

/**
 * Fills the table inside a <details> only while it is open (and when it opens): formatting a
 * table nobody looks at would cost every slider movement. `rows` is called for the cells.
 */
export function fillTableWhenOpen(doc, table, header, rows) {
  const details = table.closest('details');
  const fill = () => fillTable(doc, table, header, rows());
  details.ontoggle = () => details.open && fill();
  if (details.open) fill();
}
