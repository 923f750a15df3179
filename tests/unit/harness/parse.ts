/** Readers for the exports, written independently of the code that writes them. */

/** RFC 4180 CSV to rows of cells: quoted fields may hold commas, doubled quotes and line breaks. A leading byte order mark is read past, as Excel does. */
export function parseCsv(csv: string): string[][] {
  const text = csv.startsWith('\ufeff') ? csv.slice(1) : csv;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error(`CSV does not end with CRLF: ${JSON.stringify(text.slice(-20))}`);
  return rows;
}

/** CSV rows as objects keyed by the header row; fails if a row has a different number of cells from the header. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((cells, i) => {
    if (cells.length !== header.length) throw new Error(`Row ${i + 1} has ${cells.length} cells; the header has ${header.length}`);
    return Object.fromEntries(header.map((name, j) => [name, cells[j]]));
  });
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&' };
const unescapeXml = (s: string) => s.replace(/&(lt|gt|quot|amp);/g, (e) => ENTITIES[e]);

/** The text of the first `<name>` element in `xml`, unescaped. */
export const xmlText = (xml: string, name: string) => {
  const m = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
  return m ? unescapeXml(m[1]) : undefined;
};

/** The value of `attribute` on the first `<name ...>` element in `xml` whose attributes match `where`. */
export const xmlAttribute = (xml: string, name: string, attribute: string, where = '') => {
  for (const m of xml.matchAll(new RegExp(`<${name}\\s([^>]*)/?>`, 'g'))) {
    if (!m[1].includes(where)) continue;
    const value = new RegExp(`${attribute}="([^"]*)"`).exec(m[1]);
    if (value) return unescapeXml(value[1]);
  }
  return undefined;
};

/** The `<entry>` elements of an Atom feed, as strings. */
export const atomEntries = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
