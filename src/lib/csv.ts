/** Excel reads a CSV file as UTF-8 only when it starts with this byte order mark; without it, dashes and curly quotes break. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends, a UTF-8 byte order mark first. */
export function toCsv(rows: Array<Array<string | number>>): string {
  return UTF8_BOM + rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}
