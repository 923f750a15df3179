/**
 * The one list of content collections. The content config, the loaders, the integrity check, the traced-page
 * list, labels and page addresses are all derived from it. Adding a content type means an entry here, its schema
 * (in `src/schemas/`, listed in `src/schemas/index.ts`) and its routes; nothing else.
 *
 * Kept free of imports so that the scaffold scripts can read it with Node alone.
 */

/** Where a collection's files are: its own folder under `content/`, a part of each council edition, or both. */
export type FilesIn = 'folder' | 'edition' | 'folder-and-edition';

/** How a traced collection's entries are ordered in lists and in the traced-page list. */
export type OrderBy = 'order' | 'title' | 'year' | 'file';

export interface CollectionSpec {
  files: FilesIn;
  /** Where each entry's page lives; absent for collections without a page per entry. */
  path?: string;
  /** How readers see the type named: one entry, and the list. */
  label?: { one: string; many: string };
  /** Content pages that carry the common page fields and must support at least one recommendation. */
  traced?: boolean;
  /** Council editions can drop references to other councils' recommendations from these entries. */
  editionScoped?: boolean;
  orderBy?: OrderBy;
}

/** In the order pages list them: traced collections in this order make the traced-page list and the matrix columns. */
export const COLLECTIONS = {
  sources: { files: 'folder-and-edition', path: '/sources/', label: { one: 'Source document', many: 'Sources' } },
  councils: { files: 'edition' },
  inspections: { files: 'edition' },
  recommendations: {
    files: 'edition',
    path: '/recommendations/',
    label: { one: 'Recommendation', many: 'Recommendations' },
    editionScoped: true,
  },
  permanence: {
    files: 'folder',
    path: '/permanence/',
    label: { one: 'Permanence option', many: 'Permanence options' },
    traced: true,
    editionScoped: true,
    orderBy: 'order',
  },
  guides: {
    files: 'folder',
    path: '/guides/',
    label: { one: 'Guide', many: 'Guides' },
    traced: true,
    editionScoped: true,
    orderBy: 'order',
  },
  training: {
    files: 'folder',
    path: '/training/',
    label: { one: 'Induction module', many: 'Induction' },
    traced: true,
    editionScoped: true,
    orderBy: 'order',
  },
  questions: {
    files: 'folder',
    path: '/questions/',
    label: { one: 'Question', many: 'Questions' },
    traced: true,
    editionScoped: true,
    orderBy: 'order',
  },
  'case-studies': {
    files: 'folder',
    path: '/case-studies/',
    label: { one: 'Case study', many: 'Case studies' },
    traced: true,
    editionScoped: true,
    orderBy: 'file',
  },
  legislation: {
    files: 'folder',
    path: '/legislation/',
    label: { one: 'Law and guidance', many: 'Law and guidance' },
    traced: true,
    editionScoped: true,
    orderBy: 'year',
  },
  glossary: {
    files: 'folder',
    path: '/glossary/',
    label: { one: 'Glossary term', many: 'Glossary' },
    traced: true,
    editionScoped: true,
    orderBy: 'title',
  },
  changes: { files: 'folder' },
} as const satisfies Record<string, CollectionSpec>;

type Registry = typeof COLLECTIONS;
export type CollectionName = keyof Registry;
/** Collections with a page per entry. */
export type PagedCollection = { [K in CollectionName]: Registry[K] extends { path: string } ? K : never }[CollectionName];
/** Content pages tied to recommendations. */
export type TracedCollection = { [K in CollectionName]: Registry[K] extends { traced: true } ? K : never }[CollectionName];

const names = Object.keys(COLLECTIONS) as CollectionName[];
const spec = (name: CollectionName): CollectionSpec => COLLECTIONS[name];

export const COLLECTION_NAMES: readonly CollectionName[] = names;
export const TRACED_COLLECTIONS = names.filter((n) => spec(n).traced) as TracedCollection[];
export const PAGED_COLLECTIONS = names.filter((n) => spec(n).path) as PagedCollection[];

/** Where each paged collection's entry pages live. */
export const COLLECTION_PATHS = Object.fromEntries(PAGED_COLLECTIONS.map((n) => [n, spec(n).path!])) as Record<PagedCollection, string>;

/** How each paged collection is named to readers (search filter "type", lists, breadcrumbs). */
export const TYPE_LABELS = Object.fromEntries(PAGED_COLLECTIONS.map((n) => [n, spec(n).label!])) as Record<
  PagedCollection,
  { one: string; many: string }
>;
