/** Open data: turning records into CSV. Pure functions; the endpoints in src/pages/data/ call them. */

/** One CSV cell: text as is, numbers as digits, lists joined with `; `, null and undefined empty. */
export function toCsvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value)
    ? value.map((v) => toCsvCell(v)).join('; ')
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
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
