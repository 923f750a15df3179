/**
 * Every collection, queried once, after the integrity check has passed.
 * Pages import from here (`~/content`), never from `astro:content` directly.
 */
import { readdirSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { contentRoot } from './lib/content-root';
import { checkIntegrity, formatProblems } from './lib/integrity';

export const sources = await getCollection('sources');
export const recommendations = await getCollection('recommendations');
export const permanence = (await getCollection('permanence')).sort((a, b) => a.data.order - b.data.order);
export const glossary = (await getCollection('glossary')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
export const legislation = (await getCollection('legislation')).sort((a, b) => a.data.year - b.data.year || a.data.title.localeCompare(b.data.title));
export const questions = (await getCollection('questions')).sort((a, b) => a.data.order - b.data.order);
export const caseStudies = await getCollection('case-studies');
export const guides = (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
export const training = (await getCollection('training')).sort((a, b) => a.data.order - b.data.order);
/** Changes in law and policy since the sources, newest first. */
export const changes = (await getCollection('changes')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title));

const all = {
  sources,
  recommendations,
  permanence,
  glossary,
  legislation,
  questions,
  'case-studies': caseStudies,
  guides,
  training,
  changes,
};

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

const problems = checkIntegrity(all, Object.fromEntries(Object.keys(all).map((c) => [c, filesIn(c)])));
if (problems.length > 0) {
  throw new AstroError(
    `Content integrity check failed: ${problems.length} problem(s)`,
    `Fix each file and field below:\n${formatProblems(problems)}`,
  );
}

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

export const recommendationById = new Map(recommendations.map((r) => [r.id, r]));
export const sourceById = new Map(sources.map((s) => [s.id, s]));
export const glossaryById = new Map(glossary.map((g) => [g.id, g]));
export const questionById = new Map(questions.map((q) => [q.id, q]));
