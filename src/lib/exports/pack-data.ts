import type { CollectionEntry } from 'astro:content';
import { entryHref } from '../urls';
import { inspectionName } from '../../schemas/recommendations';
import { TOPICS } from '../../schemas/topics';

/**
 * `/questions/pack/questions.json`: what the pack builder needs, fetched only when someone opens it. Each
 * question carries the text of its Markdown and CSV exports; recommendations are those that have questions.
 */
export function packData(
  questions: CollectionEntry<'questions'>[],
  recommendationsWithQuestions: Array<{ r: CollectionEntry<'recommendations'> }>,
  sourceById: Map<string, CollectionEntry<'sources'>>,
) {
  return {
    topics: TOPICS,
    recommendations: recommendationsWithQuestions.map(({ r }) => ({ id: r.id, label: `${inspectionName(r.data.inspection)} ${r.data.number}: ${r.data.title}` })),
    questions: questions.map((q) => ({
      id: q.id,
      title: q.data.title,
      url: entryHref('questions', q.id),
      topics: q.data.topics,
      recommendations: q.data.recommendations.map((r) => r.id),
      whyItMatters: q.data.whyItMatters,
      prompts: q.data.prompts,
      evidence: q.data.evidence.map((e) => (e.dataset ? `${e.ask} (public data: ${e.dataset})` : e.ask)),
      goodAnswer: q.data.goodAnswer,
      sources: q.data.sources.map((s) => `${sourceById.get(s.source.id)?.data.shortTitle ?? s.source.id}, ${s.section}`),
      factsDate: q.data.factsDate,
    })),
  };
}
