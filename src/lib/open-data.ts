/** Open data: turning records into CSV. Pure functions; the endpoints in src/pages/data/ call them. */

/**
 * What makes a spreadsheet read a cell as a formula: a leading `=`, `+`, `-` or `@`, or a tab or
 * carriage return before one (OWASP, "CSV injection"). A text cell such as `=HYPERLINK(…)` or
 * `@SUM(…)` would run when the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: text as is, numbers as digits, lists joined with `; `, null and undefined empty.
 * Text that a spreadsheet would read as a formula gets a leading `'` and is quoted, as OWASP
 * advises, so it is shown as the text it is; a number keeps its sign.
 */
export function toCsvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A list is one cell: its items' text joined, then quoted or neutralised as a whole.
  const plain = (v: unknown): string =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const text = Array.isArray(value) ? value.map(plain).join('; ') : plain(value);
  if (typeof value !== 'number' && FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV with a header line of the given columns, CRLF line ends. */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const lines = [
    columns.map(toCsvCell).join(','),
    ...rows.map((row) => columns.map((c) => toCsvCell(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
