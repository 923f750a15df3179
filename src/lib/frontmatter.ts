/**
 * Frontmatter read as written. Astro reads YAML with timestamps on, so `2026-13-45` arrives as 14 February 2027 and
 * no schema can see the mistake. Here the same block is read again with the YAML 1.2 core schema (dates stay text),
 * and every field path is mapped to the line it is written on, so a problem can name the file's line.
 */
import { CORE_SCHEMA, EVENT_ID, load, parseEvents } from 'js-yaml';

/** The frontmatter block as Astro finds it (YAML between `---` lines at the top of the file). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface Frontmatter {
  /** The YAML text between the fences. */
  yaml: string;
  /** The file's line number (from 1) of the first line of `yaml`. */
  firstLine: number;
}

export function extractFrontmatter(text: string): Frontmatter | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].indexOf('---') + 3;
  return { yaml: match[1], firstLine: text.slice(0, start).split('\n').length };
}

/** The frontmatter's data with every scalar as YAML 1.2 reads it: dates stay as the text written. */
export function readAsWritten(text: string): Record<string, unknown> {
  const block = extractFrontmatter(text);
  const data = block ? load(block.yaml, { schema: CORE_SCHEMA }) : undefined;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/**
 * `parsed` with each Date replaced by what was written at the same place in `written`.
 * Only Dates change; every other value stays exactly as Astro read it.
 */
export function datesAsWritten<T>(parsed: T, written: unknown): T {
  if (parsed instanceof Date) return (typeof written === 'string' ? written : parsed) as T;
  if (Array.isArray(parsed))
    return (parsed as unknown[]).map((item, i) =>
      datesAsWritten(item, Array.isArray(written) ? (written as unknown[])[i] : undefined),
    ) as T;
  if (parsed && typeof parsed === 'object') {
    const source = written && typeof written === 'object' ? (written as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, datesAsWritten(value, source[key])])) as T;
  }
  return parsed;
}

interface Frame {
  kind: 'map' | 'seq';
  path: string;
  index: number;
  key?: string;
  expectingKey: boolean;
}

/**
 * The line (from 1, within the YAML text) of every field path, e.g. `title`, `selfCheck.1.answer`, `sources.0`.
 * A key's line is the line of the key; a list item's line is the line of its dash.
 */
export function fieldLines(yaml: string): Map<string, number> {
  const lines = new Map<string, number>();
  const lineAt = (offset: number) => yaml.slice(0, offset).split('\n').length;
  const record = (path: string, offset: number | undefined) => {
    if (path && offset !== undefined && offset >= 0 && !lines.has(path)) lines.set(path, lineAt(offset));
  };
  const join = (base: string, part: string | number) => (base ? `${base}.${part}` : String(part));
  const childPath = (frame: Frame | undefined) =>
    !frame ? '' : frame.kind === 'map' ? join(frame.path, frame.key ?? '') : join(frame.path, frame.index);
  const advance = (frame: Frame | undefined) => {
    if (frame?.kind === 'map') frame.expectingKey = true;
    else if (frame) frame.index += 1;
  };
  const stack: Frame[] = [];
  let events: ReturnType<typeof parseEvents>;
  try {
    events = parseEvents(yaml, {});
  } catch {
    return lines;
  }
  for (const event of events) {
    const top = stack.at(-1);
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const path = childPath(top);
      record(path, event.start);
      stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq', path, index: 0, expectingKey: true });
    } else if (event.type === EVENT_ID.SCALAR) {
      if (top?.kind === 'map' && top.expectingKey) {
        top.key = yaml.slice(event.valueStart, event.valueEnd);
        top.expectingKey = false;
        record(childPath(top), event.valueStart);
      } else {
        record(childPath(top), event.valueStart);
        advance(top);
      }
    } else if (event.type === EVENT_ID.ALIAS) {
      advance(top);
    } else if (event.type === EVENT_ID.POP && stack.length > 0) {
      // The document's own closing event comes when the stack is already empty.
      stack.pop();
      advance(stack.at(-1));
    }
  }
  return lines;
}

/** The file line of a field path (e.g. `['selfCheck', 1, 'answer']`), or of its nearest written parent. */
export function lineOfField(text: string, path: ReadonlyArray<PropertyKey>): number | undefined {
  const block = extractFrontmatter(text);
  if (!block) return undefined;
  const lines = fieldLines(block.yaml);
  for (let depth = path.length; depth > 0; depth--) {
    const line = lines.get(path.slice(0, depth).map(String).join('.'));
    if (line !== undefined) return block.firstLine + line - 1;
  }
  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Problems with a content file itself, before its fields: empty, not UTF-8 text, or holding control characters. */
export function fileProblem(bytes: Uint8Array): { line?: number; message: string } | undefined {
  if (bytes.length === 0 || /^\s*$/.test(Buffer.from(bytes).toString('utf8'))) {
    return { message: 'the file is empty: give it frontmatter between --- lines (copy a neighbouring file), or delete it' };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = Buffer.from(bytes).toString('utf8').indexOf('\uFFFD');
    return {
      line: Buffer.from(bytes).toString('utf8').slice(0, at).split('\n').length,
      message: 'the file is not UTF-8 text (a byte on this line is not a character): save it as UTF-8, or retype the text around it',
    };
  }
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    return {
      line: text.slice(0, control.index).split('\n').length,
      message: `the file holds an invisible control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) on this line: delete it and retype the text around it`,
    };
  }
  return undefined;
}
