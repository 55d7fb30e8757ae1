// The numbers behind a chart as CSV, and file downloads.

/** RFC 4180 CSV; numbers in full precision, so the file round-trips. */
export function toCsv(header, rows) {
  const field = (value) => {
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows].map((cells) => cells.map(field).join(',')).join('\n') + '\n';
}

/**
 * Text a person typed, as a CSV cell a spreadsheet shows rather than runs: one starting with
 * = + - @, a tab or a carriage return gets a leading ' (OWASP's advice on CSV injection).
 */
export const textCell = (text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** Offers `href` (a data: or blob: URL) as a file download. */
export function download(doc, filename, href) {
  const link = Object.assign(doc.createElement('a'), { href, download: filename });
  doc.body.append(link);
  link.click();
  link.remove();
}
