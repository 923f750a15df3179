/**
 * Every collection, queried once, after the integrity check has passed.
 * Pages import from here (`~/content`), never from `astro:content` directly.
 */
import { readdirSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { contentRoot } from './lib/content-root';
import { duplicateInspectionNames, editionEntryFiles, editionFolderProblems, editionMembershipProblems } from './lib/edition-rules';
import { editionNames, editionsDir, selectedEdition } from './lib/editions';
import { leftOutReport, withSupportFromRecommendations } from './lib/edition-content';
import { checkIntegrity, formatProblems } from './lib/integrity';
import { REFERENCE_FIELDS } from './lib/reference-fields';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  TRACED_COLLECTIONS,
  type CollectionName,
  type CollectionSpec,
  type OrderBy,
  type TracedCollection,
} from './collections/registry';

/** The council whose edition this build is (EDITION), or undefined for the full site with every council. */
export const edition = selectedEdition();

/** Every collection as loaded, by its registry name, before any page-level ordering. */
const raw = Object.fromEntries(await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await getCollection(name)] as const))) as {
  [N in CollectionName]: CollectionEntry<N>[];
};

export const sources = raw.sources;
export const councils = [...raw.councils].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
/** Inspections and reviews, oldest first. */
export const inspections = [...raw.inspections].sort(
  (a, b) => a.data.date.getTime() - b.data.date.getTime() || a.data.name.localeCompare(b.data.name),
);
export const recommendations = raw.recommendations;
/** Changes in law and policy since the sources, newest first. */
export const changes = [...raw.changes].sort(
  (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title),
);

function filesIn(collection: string): string[] {
  const dir = `${contentRoot()}/${collection}`;
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => `${dir}/${f}`);
  } catch {
    return [];
  }
}

// Editions: the duplicate check sees every edition's files (ids must stay unique when all are built together);
// the other rules see the editions in this build only.
const editionFolders = edition ? [edition] : editionNames();
const editionFileList = editionEntryFiles(editionsDir());
const files = {
  ...Object.fromEntries(COLLECTION_NAMES.map((c) => [c, filesIn(c)])),
  ...editionFileList,
  sources: [...filesIn('sources'), ...editionFileList.sources],
};
const problems = [
  ...checkIntegrity(raw, files, REFERENCE_FIELDS),
  ...editionFolderProblems(editionsDir(), editionFolders),
  ...editionMembershipProblems(raw),
  ...duplicateInspectionNames(inspections),
];
if (problems.length > 0) {
  throw new AstroError(
    `Content integrity check failed: ${problems.length} problem(s)`,
    `Fix each file and field below:\n${formatProblems(problems)}`,
  );
}

type Traced<N extends TracedCollection> = CollectionEntry<N>;
export type TracedEntry = Traced<TracedCollection>;

const ORDER: Record<OrderBy, (a: TracedEntry, b: TracedEntry) => number> = {
  order: (a, b) => ('order' in a.data ? a.data.order : 0) - ('order' in b.data ? b.data.order : 0),
  title: (a, b) => a.data.title.localeCompare(b.data.title, 'en'),
  year: (a, b) => ('year' in a.data ? a.data.year : 0) - ('year' in b.data ? b.data.year : 0) || a.data.title.localeCompare(b.data.title),
  file: () => 0,
};

// Pages also list the recommendations that name them in `supportedBy`: a council ties its recommendations to
// national pages from its own files.
const supported = <N extends TracedCollection>(name: N): Traced<N>[] =>
  withSupportFromRecommendations(raw[name] as Traced<N>[], recommendations).sort(
    ORDER[(COLLECTIONS[name] as CollectionSpec).orderBy ?? 'file'],
  );

/** Each traced collection's pages, in its registry order. */
export const pagesOf = Object.fromEntries(TRACED_COLLECTIONS.map((name) => [name, supported(name)])) as {
  [N in TracedCollection]: Traced<N>[];
};

export const permanence = pagesOf.permanence;
export const glossary = pagesOf.glossary;
export const legislation = pagesOf.legislation;
export const questions = pagesOf.questions;
export const caseStudies = pagesOf['case-studies'];
export const guides = pagesOf.guides;
export const training = pagesOf.training;

/** Every content page that carries the common page fields, in the registry's order of collections. */
export const tracedPages: TracedEntry[] = TRACED_COLLECTIONS.flatMap((name): TracedEntry[] => pagesOf[name]);

/** The council of this edition, or undefined for the full site. */
export const editionCouncil = edition ? councils.find((c) => c.id === edition) : undefined;

if (edition) {
  // Never silently: say what this edition holds and what it left out.
  console.log(leftOutReport(edition, { councils, inspections, recommendations, entries: [...tracedPages, ...recommendations] }));
}

export const recommendationById = new Map(recommendations.map((r) => [r.id, r]));
export const inspectionById = new Map(inspections.map((i) => [i.id, i]));
export const sourceById = new Map(sources.map((s) => [s.id, s]));
export const glossaryById = new Map(glossary.map((g) => [g.id, g]));
export const questionById = new Map(questions.map((q) => [q.id, q]));
