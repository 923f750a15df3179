import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copycheck, SOURCES_DIR, words } from '../../scripts/copycheck.mjs';

/** Twelve and eleven consecutive words taken from a source text the project carries. */
const source = readFileSync(
  join(
    SOURCES_DIR,
    readdirSync(SOURCES_DIR).find((f) => f.endsWith('.txt'))!,
  ),
  'utf8',
);
const sourceWords = words(source).map((w: { word: string }) => w.word);
const run = (n: number, from = 200) => sourceWords.slice(from, from + n).join(' ');

function check(files: Record<string, string>, allow?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-copycheck-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  let allowFile: string | undefined;
  if (allow !== undefined) writeFileSync((allowFile = join(dir, 'allow.txt')), allow);
  return copycheck([join(dir, 'page.mdx')], { allowFile });
}

describe('copycheck, with the source texts inside the project', () => {
  it('carries the five source texts', () => {
    expect(readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt'))).toHaveLength(5);
  });

  it('finds a run of 12 words shared with a source, naming the file and line', () => {
    const { found, lines } = check({ 'page.mdx': `---\ntitle: x\n---\n\nOur words.\n${run(12)}\n` });
    expect(found).toBe(1);
    expect(lines[0]).toMatch(/page\.mdx:6: /);
    expect(lines.at(-1)).toMatch(/1 run\(s\) of 12\+ words shared with the sources.*Rewrite each in your own words/);
  });

  it('lets a run of 11 words pass', () => {
    expect(check({ 'page.mdx': `${run(11)}\n` }).found).toBe(0);
  });

  it('sees through case, curly apostrophes, dashes and markup', () => {
    const words = run(12).split(' ');
    const disguised = `<strong>${words.slice(0, 4).join(' ').toUpperCase()}</strong>\n${words.slice(4).join(' ')}`;
    expect(check({ 'page.mdx': disguised }).found).toBe(1);
  });

  it('passes a run that lies inside an allowed phrase (e.g. the title of a cited document)', () => {
    expect(check({ 'page.mdx': `${run(12)}\n` }, `${run(20, 196)}\n`).found).toBe(0);
  });
});
