/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. */
export function toCsv(rows: Array<Array<string | number>>): string {
  return rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}
