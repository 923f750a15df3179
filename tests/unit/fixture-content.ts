import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { EDITIONS_FOLDER, editionFiles, editionNames } from '../../src/lib/editions';
import { idFromPath, type CollectionsLike, type EntryLike } from '../../src/lib/integrity';

export const FIXTURES = new URL('../fixtures/integrity/', import.meta.url).pathname;

/** The valid fixture with one rule's broken files laid over it, copied to a temporary content folder. */
export function fixtureContentDir(rule?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  if (rule) cpSync(join(FIXTURES, rule), dir, { recursive: true });
  return dir;
}

/** A content file as the integrity check sees it: its id and raw frontmatter. */
function entryOf(file: string, id = idFromPath(file)): EntryLike {
  const text = readFileSync(file, 'utf8');
  const data = load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
  return { id, filePath: file, data: data ?? {} };
}

/**
 * Reads a content folder as the integrity check sees it: entries with raw frontmatter, and the files.
 * `content/editions/<council>/` gives the councils (one per folder), inspections, recommendations and sources.
 */
export function readContent(dir: string): { collections: CollectionsLike; files: Record<string, string[]> } {
  const collections: CollectionsLike = {};
  const files: Record<string, string[]> = {};
  const add = (collection: string, paths: string[], id?: (file: string) => string) => {
    // A council's id is its folder name, so two councils cannot clash: only other files go to the duplicate check.
    if (!id) files[collection] = [...(files[collection] ?? []), ...paths];
    collections[collection] = [...(collections[collection] ?? []), ...paths.map((f) => entryOf(f, id?.(f)))];
  };
  for (const collection of readdirSync(dir).filter((c) => c !== EDITIONS_FOLDER)) {
    add(
      collection,
      readdirSync(join(dir, collection))
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => join(dir, collection, f)),
    );
  }
  const editions = join(dir, EDITIONS_FOLDER);
  for (const edition of editionNames(editions)) {
    const council = join(editions, edition, 'council.mdx');
    add('councils', existsSync(council) ? [council] : [], () => edition);
    for (const part of ['inspections', 'recommendations', 'sources'] as const) add(part, editionFiles(edition, part, editions));
  }
  return { collections, files };
}
