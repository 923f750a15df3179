/**
 * Integrity rules for the content, as a pure function so fixtures can test each rule.
 * Astro only logs a reference to a missing entry; these problems must fail the build.
 */
import { TRACED_COLLECTIONS } from '../collections/registry';

export interface EntryLike {
  id: string;
  /** Path of the file, relative to the project root. */
  filePath?: string;
  data: Record<string, unknown>;
}

export type CollectionsLike = Record<string, EntryLike[]>;

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Field path → target collection, for each collection: derived from the schemas (`src/lib/reference-fields.ts`). */
export type ReferenceFieldMap = Record<string, Record<string, string>>;

/** Reads the id out of a reference value: Astro gives `{ collection, id }`, raw frontmatter gives a string. */
function refId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'id' in value) return String(value.id);
  return undefined;
}

/** Every value at a field path like `figures[].citation.source`, with the concrete path of each. */
export function valuesAt(data: unknown, path: string): Array<{ path: string; value: unknown }> {
  let current: Array<{ path: string; value: unknown }> = [{ path: '', value: data }];
  for (const part of path.split('.')) {
    const isArray = part.endsWith('[]');
    const key = isArray ? part.slice(0, -2) : part;
    const next: Array<{ path: string; value: unknown }> = [];
    for (const { path: at, value } of current) {
      if (!value || typeof value !== 'object') continue;
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined) continue;
      const childPath = at ? `${at}.${key}` : key;
      if (isArray && Array.isArray(child)) child.forEach((item, i) => next.push({ path: `${childPath}[${i}]`, value: item }));
      else next.push({ path: childPath, value: child });
    }
    current = next;
  }
  // A final array of references (e.g. `recommendations`) is checked item by item.
  return current.flatMap(({ path: at, value }) =>
    Array.isArray(value) ? (value as unknown[]).map((item, i) => ({ path: `${at}[${i}]`, value: item })) : [{ path: at, value }],
  );
}

const fileOf = (collection: string, entry: EntryLike) => entry.filePath ?? `content/${collection}/${entry.id}`;

/** References to entries that do not exist, including citations of unknown sources. */
export function missingReferences(collections: CollectionsLike, referenceFields: ReferenceFieldMap): Problem[] {
  const ids = Object.fromEntries(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const problems: Problem[] = [];
  for (const [collection, entries] of Object.entries(collections)) {
    const fields = referenceFields[collection] ?? {};
    for (const entry of entries) {
      for (const [field, target] of Object.entries(fields)) {
        for (const { path, value } of valuesAt(entry.data, field)) {
          const id = refId(value);
          if (id === undefined || !ids[target]?.has(id)) {
            problems.push({
              file: fileOf(collection, entry),
              field: path,
              message: `refers to ${target} entry "${id ?? String(value)}", which does not exist`,
            });
          }
        }
      }
    }
  }
  return problems;
}

/** Whether an edition build left out some of the entry's recommendations because they belong to other councils. */
const leftOutOf = (entry: EntryLike, field: string) =>
  Array.isArray(entry.data.leftOut) && entry.data.leftOut.some((l: { field?: string }) => l.field?.startsWith(`${field}[`));

/** Pages that support no recommendation (in an edition build, a page whose recommendations are all other councils' is not empty). */
export function emptyRecommendationLists(collections: CollectionsLike): Problem[] {
  return (TRACED_COLLECTIONS as readonly string[]).flatMap((collection) =>
    (collections[collection] ?? [])
      .filter(
        (entry) =>
          !Array.isArray(entry.data.recommendations) || (entry.data.recommendations.length === 0 && !leftOutOf(entry, 'recommendations')),
      )
      .map((entry) => ({
        file: fileOf(collection, entry),
        field: 'recommendations',
        message: 'must name at least one recommendation the page supports',
      })),
  );
}

/** Two files in a collection that resolve to the same id (glob ids are lower-cased slugs, so `Foo.mdx` and `foo.mdx` clash). */
export function duplicateIds(files: Record<string, string[]>): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, paths] of Object.entries(files)) {
    const seen = new Map<string, string>();
    for (const file of paths) {
      const id = idFromPath(file);
      const first = seen.get(id);
      if (first) problems.push({ file, field: 'id', message: `has the same id "${id}" as ${first} in ${collection}` });
      else seen.set(id, file);
    }
  }
  return problems;
}

/** The id the glob loader gives a file: its path without extension, lower-cased and slugified. */
export function idFromPath(file: string): string {
  const name = file.split('/').pop() ?? file;
  return name
    .replace(/\.(md|mdx)$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9\-_]+/g, '-');
}

/** Glossary names (titles, abbreviations, aliases) claimed by two different terms: search and linking would be ambiguous. */
export function duplicateGlossaryNames(glossary: EntryLike[]): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of glossary) {
    const names = new Map<string, string>();
    const add = (name: unknown, field: string) => {
      if (typeof name === 'string' && name.trim()) names.set(name.trim().toLowerCase(), field);
    };
    add(entry.data.title, 'title');
    add(entry.data.abbreviation, 'abbreviation');
    (Array.isArray(entry.data.aliases) ? entry.data.aliases : []).forEach((alias, i) => add(alias, `aliases[${i}]`));
    for (const [name, field] of names) {
      const other = owner.get(name);
      if (other && other !== entry.id) {
        problems.push({ file: fileOf('glossary', entry), field, message: `"${name}" is already used by glossary entry "${other}"` });
      } else owner.set(name, entry.id);
    }
  }
  return problems;
}

/** Source kinds a change in law may be cited to: the primary kinds, never the 2012 to 2020 evidence documents. */
const PRIMARY_SOURCE_KINDS = new Set([
  'legislation',
  'regulations',
  'statutory-guidance',
  'strategy',
  'inspection-framework',
  'announcement',
  'parliamentary-record',
  'statistics',
]);

/**
 * Changes in law (`content/changes/`): each names at least one page it affects, and cites primary sources only.
 * Whether the pages, sources and law entry exist is checked with every other reference.
 */
export function changeProblems(collections: CollectionsLike): Problem[] {
  const sources = new Map((collections.sources ?? []).map((e) => [e.id, e]));
  const problems: Problem[] = [];
  for (const change of collections.changes ?? []) {
    const file = fileOf('changes', change);
    const affects = Array.isArray(change.data.affects) ? change.data.affects : [];
    if (affects.length === 0) problems.push({ file, field: 'affects', message: 'must name at least one page the change affects' });
    const citations = Array.isArray(change.data.citations) ? (change.data.citations as Array<Record<string, unknown>>) : [];
    citations.forEach((citation, i) => {
      const id = refId(citation.source);
      const source = id === undefined ? undefined : sources.get(id);
      if (source && !PRIMARY_SOURCE_KINDS.has(String(source.data.kind))) {
        problems.push({
          file,
          field: `citations[${i}].source`,
          message: `cites "${id}", a ${String(source.data.kind)}: a change must be cited to a primary source (law, guidance, strategy, inspection framework, announcement or parliamentary record)`,
        });
      }
    });
  }
  return problems;
}

/** Every rule at once. */
export function checkIntegrity(
  collections: CollectionsLike,
  files: Record<string, string[]>,
  referenceFields: ReferenceFieldMap,
): Problem[] {
  return [
    ...duplicateIds(files),
    ...missingReferences(collections, referenceFields),
    ...emptyRecommendationLists(collections),
    ...duplicateGlossaryNames(collections.glossary ?? []),
    ...changeProblems(collections),
  ];
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n');
}
