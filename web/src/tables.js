// The numbers behind a chart as CSV, and file downloads.

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
