import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkRanges, cutWords, IndexFormatError, splitIndexChunks } from '../../src/integrations/index-chunks';
import { separateBlocks } from '../../src/integrations/index-html';
import { CborError, decodeCbor, encodeCbor, type CborValue } from '../../src/lib/cbor';

describe('CBOR as Pagefind writes it', () => {
  it('reads and writes integers, text and arrays with the shortest heads', () => {
    expect([...encodeCbor([1, 'a', -25])]).toEqual([0x83, 0x01, 0x61, 0x61, 0x38, 0x18]);
    const value: CborValue = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, -1, -24, -25, -300, 'é—€', '', [[], ['x']]];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
  });

  it('refuses what Pagefind does not write, saying where', () => {
    expect(() => decodeCbor(Uint8Array.from([0xa0]))).toThrow(new CborError('unsupported CBOR major type 5 at byte 1'));
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow('1 bytes left after the CBOR item');
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow('CBOR ends early at byte 2');
    expect(() => encodeCbor(1.5)).toThrow('not an integer');
  });
});

type Word = Parameters<typeof cutWords>[0][number];
const word = (w: string, positions: number): Word => [w, [[0, Array.from({ length: positions - 1 }, (_, i) => i), []]], []];

describe('cutting the word index', () => {
  it('cuts once a chunk has enough positions, between word families', () => {
    const words = [word('care', 5), word('carer', 5), word('carers', 5), word('child', 5), word('court', 5)];
    expect(cutWords(words, 8).map((c) => c.map((w) => w[0]))).toEqual([
      ['care', 'carer', 'carers'],
      ['child', 'court'],
    ]);
  });

  it('cuts inside a family only once a chunk has twice the positions', () => {
    const words = [word('care', 5), word('carer', 5), word('carers', 5), word('caring', 5)];
    expect(cutWords(words, 5).map((c) => c.map((w) => w[0]))).toEqual([
      ['care', 'carer'],
      ['carers', 'caring'],
    ]);
  });

  it("names each chunk's range as Pagefind does", () => {
    const chunks = (...names: string[][]) => names.map((c) => c.map((w) => word(w, 1)));
    expect(chunkRanges(chunks(['apple'], ['apricot', 'banana'], ['peach']))).toEqual([
      ['apple', 'app'],
      ['apr', 'b'],
      ['p', 'peach'],
    ]);
    expect(chunkRanges(chunks(['cath'], ['cathartic']))).toEqual([
      ['cath', 'cath'],
      ['catha', 'cathartic'],
    ]);
  });
});

describe('a Pagefind bundle, re-cut', () => {
  let dir: string;
  const read = (path: string) => decodeCbor(gunzipSync(readFileSync(path)).subarray(12));
  const entry = () => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
  const allWords = () => {
    const meta = read(join(dir, `pagefind.${entry().languages.en.hash}.pf_meta`)) as CborValue[][];
    const chunks = meta[2] as string[][];
    return {
      chunks,
      words: chunks.flatMap(([, , hash]) => (read(join(dir, 'index', `${hash}.pf_index`)) as Word[][])[0]),
    };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-pagefind-'));
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    const text = (n: number) => Array.from({ length: 300 }, (_, i) => `word${(i * 7 + n) % 211}`).join(' ');
    for (let n = 0; n < 12; n++) {
      await index!.addHTMLFile({ url: `/p${n}/`, content: `<html lang="en"><body><h1>Page ${n}</h1><p>${text(n)}</p></body></html>` });
    }
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every word, page and position, in more, smaller chunks that all exist', () => {
    const before = allWords();
    const [split] = splitIndexChunks(dir, 300);
    const after = allWords();
    expect(after.words).toEqual(before.words);
    expect(split.pages).toBe(12);
    expect(split.chunksBefore).toBe(before.chunks.length);
    expect(split.chunksAfter).toBe(after.chunks.length);
    expect(after.chunks.length).toBeGreaterThan(before.chunks.length);
    expect(split.largestAfter).toBeLessThan(split.largestBefore);
    const files = readdirSync(join(dir, 'index')).sort();
    expect(files).toEqual(after.chunks.map(([, , hash]) => `${hash}.pf_index`).sort());
    expect(readdirSync(dir).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${entry().languages.en.hash}.pf_meta`]);
  });

  it('stops, naming the file, when a chunk is not in the form it knows', () => {
    const [, , hash] = allWords().chunks[0];
    const path = join(dir, 'index', `${hash}.pf_index`);
    writeFileSync(path, gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encodeCbor([['word']])])));
    expect(() => splitIndexChunks(dir)).toThrow(new IndexFormatError(`${hash}.pf_index: word 0 is not [word, pages, …]`));
    writeFileSync(path, gzipSync(Buffer.from('not pagefind')));
    expect(() => splitIndexChunks(dir)).toThrow(`${path}: no "pagefind_dcd" signature after gunzip`);
  });
});

describe('the HTML Pagefind reads', () => {
  it('ends block elements with a space so their words stay apart, and leaves inline text alone', () => {
    expect(separateBlocks('<dl><dt>Status</dt><dd>In care</dd><dt>Address</dt></dl>')).toBe(
      '<dl><dt>Status</dt> <dd>In care</dd> <dt>Address</dt> </dl> ',
    );
    expect(separateBlocks('<th>Date</th><th>What</th><hr><p>a<strong>b</strong><a href="/x/">c</a></p>')).toBe(
      '<th>Date</th> <th>What</th> <hr> <p>a<strong>b</strong><a href="/x/">c</a></p> ',
    );
  });
});
