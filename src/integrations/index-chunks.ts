import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from '../lib/cbor';

/**
 * Pagefind cuts its word index into chunks of about 20,000 word positions, a size fixed in its source with no
 * setting, and a query fetches one chunk for each word it searches: about 25 kB a word on this site. This re-cuts
 * the chunks Pagefind wrote into smaller ones, with Pagefind's own rule for naming each chunk's range, so a word
 * costs a few kB. Words, pages and positions are copied unchanged; only where the cuts fall changes.
 *
 * The files are Pagefind's own format, which it does not document: a gzipped signature and CBOR. Every file is read
 * back and re-encoded before anything is rewritten, and the build stops, naming the file, if the format is not the
 * one this knows. Pagefind is pinned in package.json for that reason.
 */

/** Positions a chunk gathers before it may be cut; Pagefind's own figure is 20,000. */
export const CHUNK_POSITIONS = 4000;
/** A cut falls between two words that share fewer than this many first letters, so word families stay together. */
const FAMILY_PREFIX = 3;

const SIGNATURE = 'pagefind_dcd';

export class IndexFormatError extends Error {}

type Word = [string, CborValue[], ...CborValue[]];
type ChunkEntry = [from: string, to: string, hash: string];

export interface ChunkSplit {
  language: string;
  pages: number;
  chunksBefore: number;
  chunksAfter: number;
  largestBefore: number;
  largestAfter: number;
}

function readPagefindFile(path: string): Uint8Array {
  const raw = gunzipSync(readFileSync(path));
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) {
    throw new IndexFormatError(`${path}: no "${SIGNATURE}" signature after gunzip`);
  }
  return raw.subarray(SIGNATURE.length);
}

function pagefindBytes(value: CborValue): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), encodeCbor(value)]), { level: 9 });
}

/** Decodes a file and proves the codec reproduces it byte for byte, so rewriting it loses nothing. */
function decodeExactly(path: string): CborValue {
  const bytes = readPagefindFile(path);
  let value: CborValue;
  try {
    value = decodeCbor(bytes);
  } catch (error) {
    throw new IndexFormatError(`${path}: ${(error as Error).message}`);
  }
  if (Buffer.compare(Buffer.from(encodeCbor(value)), bytes) !== 0) {
    throw new IndexFormatError(`${path}: re-encoding does not give back the same bytes`);
  }
  return value;
}

const isString = (v: CborValue): v is string => typeof v === 'string';

function asChunkEntries(meta: CborValue, path: string): { meta: CborValue[]; pages: number; entries: ChunkEntry[] } {
  if (!Array.isArray(meta) || !isString(meta[0]) || !Array.isArray(meta[1]) || !Array.isArray(meta[2])) {
    throw new IndexFormatError(`${path}: expected [version, pages, chunks, …] in the metadata`);
  }
  const entries = meta[2].map((entry, i) => {
    if (!Array.isArray(entry) || entry.length !== 3 || !entry.every(isString)) {
      throw new IndexFormatError(`${path}: chunk entry ${i} is not [from, to, hash]`);
    }
    return entry as ChunkEntry;
  });
  return { meta, pages: meta[1].length, entries };
}

function asWords(chunk: CborValue, path: string): Word[] {
  if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0])) {
    throw new IndexFormatError(`${path}: expected [words] in the chunk`);
  }
  return chunk[0].map((word, i) => {
    if (!Array.isArray(word) || !isString(word[0]) || !Array.isArray(word[1])) {
      throw new IndexFormatError(`${path}: word ${i} is not [word, pages, …]`);
    }
    return word as Word;
  });
}

/** A word's weight in Pagefind's own chunk rule: one per page it is on, plus its positions there. */
export function wordPositions(word: Word): number {
  return word[1].reduce<number>((n, page) => n + (Array.isArray(page) && Array.isArray(page[1]) ? page[1].length : 0) + 1, 0);
}

function commonPrefix(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** Cuts sorted words into chunks of at least `target` positions, at a boundary between word families where it can. */
export function cutWords(words: Word[], target = CHUNK_POSITIONS): Word[][] {
  const chunks: Word[][] = [];
  let chunk: Word[] = [];
  let size = 0;
  words.forEach((word, i) => {
    chunk.push(word);
    size += wordPositions(word);
    const next = words[i + 1];
    const atFamilyBoundary = !next || commonPrefix(word[0], next[0]) < FAMILY_PREFIX;
    if (size >= target * 2 || (size >= target && atFamilyBoundary)) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  });
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** Pagefind's rule for the `from` and `to` of neighbouring chunks: the shortest prefixes that tell them apart. */
export function chunkRanges(chunks: Word[][]): Array<[from: string, to: string]> {
  const ranges = chunks.map((c) => [c[0][0], c[c.length - 1][0]] as [string, string]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const a = ranges[i][1];
    const b = ranges[i + 1][0];
    const keep = commonPrefix(a, b) + 1;
    ranges[i][1] = Array.from(a).slice(0, keep).join('');
    ranges[i + 1][0] = Array.from(b).slice(0, keep).join('');
  }
  return ranges;
}

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

function uniqueName(prefix: string, bytes: Uint8Array, length: number, taken: Set<string>): string {
  const hash = createHash('sha256').update(bytes).digest('hex');
  let name = `${prefix}${hash.slice(0, length)}`;
  for (let n = length + 1; taken.has(name); n++) name = `${prefix}${hash.slice(0, n)}`;
  taken.add(name);
  return name;
}

/** Re-cuts every language's word index in a written Pagefind bundle (`dist/pagefind/`). */
export function splitIndexChunks(bundleDir: string, target = CHUNK_POSITIONS): ChunkSplit[] {
  const entryPath = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  const indexDir = join(bundleDir, 'index');
  const existing = new Set(readdirSync(indexDir).map((f) => f.replace(/\.pf_index$/, '')));
  const splits: ChunkSplit[] = [];

  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = join(bundleDir, `pagefind.${info.hash}.pf_meta`);
    const { meta, pages, entries } = asChunkEntries(decodeExactly(metaPath), metaPath);
    const words = entries.flatMap(([, , hash]) => asWords(decodeExactly(join(indexDir, `${hash}.pf_index`)), `${hash}.pf_index`));
    words.forEach((word, i) => {
      if (i > 0 && byteOrder(words[i - 1][0], word[0]) >= 0) {
        throw new IndexFormatError(`${metaPath}: words are not in order at "${words[i - 1][0]}", "${word[0]}"`);
      }
    });

    const largestBefore = Math.max(...entries.map(([, , hash]) => statSync(join(indexDir, `${hash}.pf_index`)).size));
    const chunks = cutWords(words, target);
    const ranges = chunkRanges(chunks);
    const taken = new Set(existing);
    const written = chunks.map((chunk, i) => {
      const bytes = pagefindBytes([chunk]);
      const hash = uniqueName(`${language}_`, bytes, 7, taken);
      writeFileSync(join(indexDir, `${hash}.pf_index`), bytes);
      return { entry: [...ranges[i], hash] as ChunkEntry, size: bytes.length };
    });

    const newMeta = pagefindBytes([meta[0], meta[1], written.map((w) => w.entry), ...meta.slice(3)]);
    const metaHash = uniqueName(`${language}_`, newMeta, 10, new Set([info.hash]));
    writeFileSync(join(bundleDir, `pagefind.${metaHash}.pf_meta`), newMeta);
    for (const [, , hash] of entries) rmSync(join(indexDir, `${hash}.pf_index`));
    rmSync(metaPath);
    info.hash = metaHash;

    splits.push({
      language,
      pages,
      chunksBefore: entries.length,
      chunksAfter: chunks.length,
      largestBefore,
      largestAfter: Math.max(...written.map((w) => w.size)),
    });
  }
  writeFileSync(entryPath, JSON.stringify(entry));
  return splits;
}
