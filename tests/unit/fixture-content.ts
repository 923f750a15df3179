import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { idFromPath, type CollectionsLike } from '../../src/lib/integrity';

export const FIXTURES = new URL('../fixtures/integrity/', import.meta.url).pathname;

/** The valid fixture with one rule's broken files laid over it, copied to a temporary content folder. */
export function fixtureContentDir(rule?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  if (rule) cpSync(join(FIXTURES, rule), dir, { recursive: true });
  return dir;
}

/** Reads a content folder as the integrity check sees it: entries with raw frontmatter, and the files. */
export function readContent(dir: string): { collections: CollectionsLike; files: Record<string, string[]> } {
  const collections: CollectionsLike = {};
  const files: Record<string, string[]> = {};
  for (const collection of readdirSync(dir)) {
    const names = readdirSync(join(dir, collection)).filter((f) => /\.mdx?$/.test(f));
    files[collection] = names.map((f) => join(dir, collection, f));
    collections[collection] = names.map((f) => {
      const text = readFileSync(join(dir, collection, f), 'utf8');
      const data = load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
      return { id: idFromPath(f), filePath: join(dir, collection, f), data };
    });
  }
  return { collections, files };
}
