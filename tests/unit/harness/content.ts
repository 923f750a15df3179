/**
 * A stand-in for `astro:content` in unit tests, after Starlight's `mockedAstroContent`: every entry is parsed by
 * the collection's real schema (taken from `src/content.config.ts`), so tests see exactly what pages see, and an
 * entry the schema rejects fails the test naming the collection, entry and field.
 *
 *   vi.mock('astro:content', () => import('./harness/content').then((h) => h.mockedAstroContent()));
 *
 * `src/content.ts` then runs as in a build, integrity check included, over these entries instead of `content/`.
 */
import { vi } from 'vitest';
import type { z } from 'astro/zod';
import type { collections } from '../../../src/content.config';
import { CONTENT } from './content-set';

type Collections = typeof collections;
export type CollectionName = keyof Collections;
type SchemaOf<C extends CollectionName> = Extract<Collections[C]['schema'], z.ZodType>;

/** An entry as an author writes it: its id (the file name), its frontmatter and its Markdown body. */
export interface RawEntry<C extends CollectionName> {
  id: string;
  data: z.input<SchemaOf<C>>;
  body?: string;
}

/** Raw entries by collection; a collection left out is empty. */
export type ContentSet = { [C in CollectionName]?: Array<RawEntry<C>> };

/** An entry as `getCollection` returns it. */
export interface ParsedEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body: string;
  filePath: string;
}

/** Parses every entry with its collection's schema; throws on the first entry the schema rejects. */
export async function parseContent(content: ContentSet): Promise<Record<string, ParsedEntry[]>> {
  const { collections } = await import('../../../src/content.config');
  const parsed: Record<string, ParsedEntry[]> = {};
  for (const [name, config] of Object.entries(collections)) {
    const schema = config.schema as z.ZodType;
    const raw = (content[name as CollectionName] ?? []) as Array<RawEntry<CollectionName>>;
    parsed[name] = raw.map(({ id, data, body = '' }) => {
      const result = schema.safeParse(data);
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
        throw new Error(`Harness entry ${name}/${id} does not match its schema: ${issues}`);
      }
      return { id, collection: name, data: result.data as Record<string, unknown>, body, filePath: `content/${name}/${id}.mdx` };
    });
  }
  return parsed;
}

/** The `astro:content` module with `getCollection` serving `content` (by default the harness's content set). */
export async function mockedAstroContent(content: ContentSet = CONTENT) {
  const actual = await vi.importActual<typeof import('astro:content')>('astro:content');
  let store: Promise<Record<string, ParsedEntry[]>> | undefined;
  return {
    ...actual,
    getCollection: async (name: string, filter?: (entry: ParsedEntry) => unknown) => {
      store ??= parseContent(content);
      const entries = [...((await store)[name] ?? [])];
      return filter ? entries.filter(filter) : entries;
    },
  };
}
