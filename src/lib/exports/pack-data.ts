import type { CollectionEntry } from 'astro:content';
import type { PackQuestion } from '../../components/question-pack/pack-text';
import { recommendationName } from '../inspections';
import { entryHref } from '../urls';
import { TOPICS } from '../../schemas/topics';

/** A question as a pack shows and exports it; an unknown source is named by its id. */
export function packQuestion(q: CollectionEntry<'questions'>, sourceById: Map<string, CollectionEntry<'sources'>>): PackQuestion {
  return {
    id: q.id,
    title: q.data.title,
    url: entryHref('questions', q.id),
    whyItMatters: q.data.whyItMatters,
    prompts: q.data.prompts,
    evidence: q.data.evidence.map((e) => (e.dataset ? `${e.ask} (public data: ${e.dataset})` : e.ask)),
    goodAnswer: q.data.goodAnswer,
    sources: q.data.sources.map((s) => `${sourceById.get(s.source.id)?.data.shortTitle ?? s.source.id}, ${s.section}`),
    factsDate: q.data.factsDate,
  };
}

/**
 * `/questions/pack/questions.json`: what the pack builder and the pack pages' downloads need, fetched only when
 * someone uses them. Recommendations are those that have questions.
 */
export function packData(
  questions: CollectionEntry<'questions'>[],
  recommendationsWithQuestions: Array<{ r: CollectionEntry<'recommendations'> }>,
  sourceById: Map<string, CollectionEntry<'sources'>>,
) {
  return {
    topics: TOPICS,
    recommendations: recommendationsWithQuestions.map(({ r }) => ({ id: r.id, label: `${recommendationName(r.data)}: ${r.data.title}` })),
    questions: questions.map((q) => ({
      ...packQuestion(q, sourceById),
      topics: q.data.topics,
      recommendations: q.data.recommendations.map((r) => r.id),
    })),
  };
}
