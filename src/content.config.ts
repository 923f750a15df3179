import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type CollectionSpec } from './collections/registry';
import { withPageRules } from './schemas/common';
import { withEditionScope } from './schemas/edition-scope';
import { SCHEMAS } from './schemas';
import { contentRoot } from './lib/content-root';
import { checkedGlob } from './loaders/checked-glob';
import { EDITIONS_FOLDER, editionPattern, editionsDir, entryIdFromPath } from './lib/editions';

/**
 * Every collection is read with checkedGlob(): dates as written, every file checked, all problems listed at once.
 * A collection's own files are in `content/<name>/`. Councils, inspections and recommendations live in
 * `content/editions/<council>/` (every council in the full site, one council when EDITION is set); sources are in
 * both. Ids stay the file names (a council's id is its folder name).
 */
function loaderFor(name: CollectionName, files: CollectionSpec['files']) {
  if (name === 'councils')
    return checkedGlob({ base: editionsDir(), pattern: editionPattern('council'), generateId: ({ entry }) => entry.split('/')[0] });
  if (files === 'folder') return checkedGlob({ base: `${contentRoot()}/${name}`, pattern: '**/*.{md,mdx}' });
  const part = name as 'inspections' | 'recommendations' | 'sources';
  if (files === 'edition')
    return checkedGlob({ base: editionsDir(), pattern: editionPattern(part), generateId: ({ entry }) => entryIdFromPath(entry) });
  return checkedGlob({
    base: contentRoot(),
    pattern: [`${name}/**/*.{md,mdx}`, `${EDITIONS_FOLDER}/${editionPattern(part)}`],
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

/** A collection's schema with the rules its registry entry asks for: page dates for traced pages, edition scope. */
function schemaFor(name: CollectionName, spec: CollectionSpec): z.ZodType {
  const schema: z.ZodType = spec.traced ? withPageRules(SCHEMAS[name] as z.ZodObject) : SCHEMAS[name];
  return spec.editionScoped ? withEditionScope(schema) : schema;
}

type Scoped<S extends z.ZodType> = ReturnType<typeof withEditionScope<S>>;
type SchemaOf<N extends CollectionName> = (typeof COLLECTIONS)[N] extends { editionScoped: true }
  ? Scoped<(typeof SCHEMAS)[N]>
  : (typeof SCHEMAS)[N];

/** Each collection's config; its entries' types come from its schema in `SCHEMAS`. */
export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => {
    const spec: CollectionSpec = COLLECTIONS[name];
    return [name, defineCollection({ loader: loaderFor(name, spec.files), schema: schemaFor(name, spec) })];
  }),
) as { [N in CollectionName]: { loader: ReturnType<typeof checkedGlob>; schema: SchemaOf<N> } };
