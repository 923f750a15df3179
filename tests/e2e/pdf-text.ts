/**
 * A small PDF text reader for the print tests: the text of each page, in drawing order, one line per baseline.
 * It reads what Chromium's PDF writer (Skia) produces: plain or Flate streams, a page tree, Type0/TrueType fonts
 * with ToUnicode maps, and the text operators Tf, Tm, Td, TD, T*, Tj, TJ, ' and ". It is not a general PDF parser.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/** Every numbered object of the file, its dictionary text and its decoded stream. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = header.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const streamAt = text.indexOf('stream', start);
    if (streamAt !== -1 && streamAt < end) {
      const dict = text.slice(start, streamAt);
      let dataStart = streamAt + 'stream'.length;
      if (text[dataStart] === '\r') dataStart++;
      if (text[dataStart] === '\n') dataStart++;
      const lengthRef = /\/Length (\d+)(?: 0 R)?/.exec(dict);
      const dataEnd = lengthRef && !/\/Length \d+ 0 R/.test(dict) ? dataStart + Number(lengthRef[1]) : text.indexOf('endstream', dataStart);
      let data = pdf.subarray(dataStart, dataEnd);
      if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
      objects.set(Number(m[1]), { dict, stream: data });
      header.lastIndex = text.indexOf('endstream', dataStart);
    } else {
      objects.set(Number(m[1]), { dict: text.slice(start, end) });
      header.lastIndex = end;
    }
  }
  return objects;
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

/** The contents of `<< … >>` that follows /key, or the dictionary of the object it refers to. */
function subDict(objects: Map<number, PdfObject>, dict: string, key: string): string {
  const at = dict.search(new RegExp(`/${key}\\s*(<<|\\d+ 0 R)`));
  if (at === -1) return '';
  const rest = dict.slice(at + key.length + 1).trimStart();
  if (!rest.startsWith('<<')) return objects.get(Number(/^(\d+)/.exec(rest)![1]))?.dict ?? '';
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    if (rest.startsWith('<<', i)) {
      depth++;
      i++;
    } else if (rest.startsWith('>>', i)) {
      depth--;
      i++;
      if (depth === 0) return rest.slice(2, i - 1);
    }
  }
  return rest;
}

/** A ToUnicode CMap as glyph code (hex) → text. */
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(src.toUpperCase(), utf16(dst));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const from = parseInt(lo, 16);
      const to = parseInt(hi, 16);
      const targets = dst.startsWith('[') ? [...dst.matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => x[1]) : undefined;
      for (let c = from; c <= to; c++) {
        const key = c.toString(16).toUpperCase().padStart(lo.length, '0');
        if (targets) map.set(key, utf16(targets[c - from] ?? ''));
        else {
          const base = parseInt(dst.slice(1, -1), 16) + (c - from);
          map.set(key, utf16(base.toString(16).padStart(dst.length - 2, '0')));
        }
      }
    }
  }
  return map;
}

type Token = { kind: 'num'; value: number } | { kind: 'hex' | 'str' | 'name' | 'op'; value: string } | { kind: 'array'; value: Token[] };

function tokenize(content: string): Token[] {
  const out: Token[] = [];
  const stack: Token[][] = [out];
  let i = 0;
  const push = (t: Token) => stack[stack.length - 1].push(t);
  while (i < content.length) {
    const c = content[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '%') {
      while (i < content.length && content[i] !== '\n') i++;
      continue;
    }
    if (c === '[') {
      const arr: Token[] = [];
      push({ kind: 'array', value: arr });
      stack.push(arr);
      i++;
      continue;
    }
    if (c === ']') {
      stack.pop();
      i++;
      continue;
    }
    if (c === '<' && content[i + 1] === '<') {
      i += 2;
      continue;
    }
    if (c === '>' && content[i + 1] === '>') {
      i += 2;
      continue;
    }
    if (c === '<') {
      const end = content.indexOf('>', i);
      push({ kind: 'hex', value: content.slice(i + 1, end).replace(/\s/g, '') });
      i = end + 1;
      continue;
    }
    if (c === '(') {
      let depth = 1;
      let s = '';
      i++;
      while (i < content.length && depth > 0) {
        const ch = content[i];
        if (ch === '\\') {
          const next = content[i + 1];
          const octal = /^[0-7]{1,3}/.exec(content.slice(i + 1, i + 4));
          if (octal) {
            s += String.fromCharCode(parseInt(octal[0], 8));
            i += 1 + octal[0].length;
            continue;
          }
          s += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[next] ?? next;
          i += 2;
          continue;
        }
        if (ch === '(') depth++;
        if (ch === ')') depth--;
        if (depth > 0) s += ch;
        i++;
      }
      push({ kind: 'str', value: s });
      continue;
    }
    if (c === '/') {
      const m = /^\/[^\s/[\]()<>{}%]*/.exec(content.slice(i))!;
      push({ kind: 'name', value: m[0].slice(1) });
      i += m[0].length;
      continue;
    }
    const num = /^[+-]?(\d+\.?\d*|\.\d+)/.exec(content.slice(i, i + 32));
    if (num) {
      push({ kind: 'num', value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const op = /^[^\s/[\]()<>{}%]+/.exec(content.slice(i, i + 32))!;
    push({ kind: 'op', value: op[0] });
    i += op[0].length;
  }
  return out;
}

/** A line of text and its baseline, in points from the top of the page. */
export interface PdfLine {
  y: number;
  text: string;
}

/** The lines of one content stream: a new line whenever the baseline moves. */
function pageLines(content: string, fonts: Map<string, Map<string, string>>, pageHeight: number): PdfLine[] {
  type Matrix = [number, number, number, number, number, number];
  const times = (m: Matrix, n: Matrix): Matrix => [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  let font = new Map<string, string>();
  /** The text matrix's origin, as x and y in text space. */
  let tx = 0;
  let ty = 0;
  let y = NaN;
  const place = () => {
    y = pageHeight - (tx * ctm[1] + ty * ctm[3] + ctm[5]);
  };
  const lines: PdfLine[] = [];
  const operands: Token[] = [];
  let size = 0;
  /** Where the last text shown ends, roughly (glyph widths are not read): a wide gap before the next text is a space. */
  let lastEnd = NaN;
  const show = (t: Token) => {
    let line = lines[lines.length - 1];
    if (!line || Math.abs(y - line.y) > 0.5) lines.push((line = { y, text: '' }));
    else if (tx - lastEnd > 0.6 * size && !line.text.endsWith(' ')) line.text += ' ';
    let glyphs = 0;
    if (t.kind === 'hex') {
      const width = font.size && [...font.keys()][0].length === 2 ? 2 : 4;
      for (const code of t.value.toUpperCase().match(new RegExp(`.{1,${width}}`, 'g')) ?? []) {
        line.text += font.get(code) ?? '';
        glyphs++;
      }
    } else if (t.kind === 'str') {
      for (const ch of t.value) {
        line.text += font.get(ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')) ?? ch;
        glyphs++;
      }
    }
    lastEnd = tx + glyphs * 0.65 * size;
  };
  for (const t of tokenize(content)) {
    if (t.kind !== 'op') {
      operands.push(t);
      continue;
    }
    const nums = operands.filter((o) => o.kind === 'num').map((o) => (o as { value: number }).value);
    switch (t.value) {
      case 'Tf':
        font = fonts.get((operands.find((o) => o.kind === 'name') as { value: string }).value) ?? new Map();
        size = nums[0] ?? size;
        break;
      case 'q':
        saved.push(ctm);
        break;
      case 'Q':
        ctm = saved.pop() ?? ctm;
        break;
      case 'cm':
        ctm = times(nums.slice(-6) as Matrix, ctm);
        break;
      case 'Tm':
        [tx, ty] = [nums[4], nums[5]];
        place();
        break;
      case 'Td':
      case 'TD':
        tx += nums[0];
        ty += nums[1];
        place();
        break;
      case 'T*':
        ty -= 1;
        place();
        break;
      case 'Tj':
      case "'":
      case '"':
        show(operands[operands.length - 1]);
        break;
      case 'TJ':
        for (const part of (operands[operands.length - 1] as { value: Token[] }).value)
          if (part.kind === 'hex' || part.kind === 'str') show(part);
        break;
    }
    operands.length = 0;
  }
  return lines;
}

/** The lines of every page of a PDF, in page order. */
export function pdfPages(pdf: Buffer): PdfLine[][] {
  const objects = readObjects(pdf);
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  if (!catalog) throw new Error('No catalog in the PDF');
  const pages: PdfObject[] = [];
  const walk = (id: number) => {
    const node = objects.get(id)!;
    if (/\/Type\s*\/Pages/.test(node.dict))
      for (const [, kid] of /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)![1].matchAll(/(\d+) 0 R/g)) walk(Number(kid));
    else pages.push(node);
  };
  walk(ref(catalog.dict, 'Pages')!);
  const cmaps = new Map<number, Map<string, string>>();
  return pages.map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, id] of subDict(objects, subDict(objects, page.dict, 'Resources'), 'Font').matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)) {
      const cmapId = ref(objects.get(Number(id))!.dict, 'ToUnicode');
      if (cmapId === undefined) continue;
      if (!cmaps.has(cmapId)) cmaps.set(cmapId, readCMap(objects.get(cmapId)!.stream!.toString('latin1')));
      fonts.set(name, cmaps.get(cmapId)!);
    }
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents\s*(\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+) 0 R/g)].map(([, id]) => objects.get(Number(id))!.stream!.toString('latin1'));
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(page.dict);
    return pageLines(streams.join('\n'), fonts, box ? Number(box[4]) - Number(box[2]) : 842);
  });
}

/** The text of every page of a PDF, in page order, one line per baseline; ligatures such as "ﬁ" read as their letters. */
export function pdfPageTexts(pdf: Buffer): string[] {
  return pdfPages(pdf).map((lines) =>
    lines
      .map((l) => l.text)
      .join('\n')
      .normalize('NFKC'),
  );
}
