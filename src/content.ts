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

/** The council whose edition this build is (EDITION), or undefined for the full site with every council. */
export const edition = selectedEdition();

export const sources = await getCollection('sources');
export const councils = (await getCollection('councils')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
/** Inspections and reviews, oldest first. */
export const inspections = (await getCollection('inspections')).sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.data.name.localeCompare(b.data.name));
export const recommendations = await getCollection('recommendations');

const rawPermanence = await getCollection('permanence');
const rawGlossary = await getCollection('glossary');
const rawLegislation = await getCollection('legislation');
const rawQuestions = await getCollection('questions');
const rawCaseStudies = await getCollection('case-studies');
const rawGuides = await getCollection('guides');
const rawTraining = await getCollection('training');
/** Changes in law and policy since the sources, newest first. */
export const changes = (await getCollection('changes')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title));

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

const raw = {
  sources,
  councils,
  inspections,
  recommendations,
  permanence: rawPermanence,
  glossary: rawGlossary,
  legislation: rawLegislation,
  questions: rawQuestions,
  'case-studies': rawCaseStudies,
  guides: rawGuides,
  training: rawTraining,
  changes,
};

// Editions: the duplicate check sees every edition's files (ids must stay unique when all are built together);
// the other rules see the editions in this build only.
const editionFolders = edition ? [edition] : editionNames();
const editionFileList = editionEntryFiles(editionsDir());
const files = {
  ...Object.fromEntries(Object.keys(raw).map((c) => [c, filesIn(c)])),
  ...editionFileList,
  sources: [...filesIn('sources'), ...editionFileList.sources],
};
const problems = [
  ...checkIntegrity(raw, files),
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

// Pages also list the recommendations that name them in `supportedBy`: a council ties its recommendations to
// national pages from its own files.
export const permanence = withSupportFromRecommendations(rawPermanence, recommendations).sort((a, b) => a.data.order - b.data.order);
export const glossary = withSupportFromRecommendations(rawGlossary, recommendations).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
export const legislation = withSupportFromRecommendations(rawLegislation, recommendations).sort((a, b) => a.data.year - b.data.year || a.data.title.localeCompare(b.data.title));
export const questions = withSupportFromRecommendations(rawQuestions, recommendations).sort((a, b) => a.data.order - b.data.order);
export const caseStudies = withSupportFromRecommendations(rawCaseStudies, recommendations);
export const guides = withSupportFromRecommendations(rawGuides, recommendations).sort((a, b) => a.data.order - b.data.order);
export const training = withSupportFromRecommendations(rawTraining, recommendations).sort((a, b) => a.data.order - b.data.order);

export type TracedEntry =
  | CollectionEntry<'permanence'>
  | CollectionEntry<'glossary'>
  | CollectionEntry<'legislation'>
  | CollectionEntry<'questions'>
  | CollectionEntry<'case-studies'>
  | CollectionEntry<'guides'>
  | CollectionEntry<'training'>;

/** Every content page that carries the common page fields, in a stable order. */
export const tracedPages: TracedEntry[] = [...permanence, ...guides, ...training, ...questions, ...caseStudies, ...legislation, ...glossary];

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
