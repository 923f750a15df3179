import type { CollectionEntry } from 'astro:content';
import { questions, recommendations } from '../content';
import { TOPIC_IDS, type Topic } from '../schemas/topics';

/** The questions that support a recommendation, in bank order. */
export const questionsForRecommendation = (id: string) => questions.filter((q) => q.data.recommendations.some((r) => r.id === id));

/** The questions on a topic, in bank order. */
export const questionsForTopic = (topic: Topic) => questions.filter((q) => (q.data.topics as string[]).includes(topic));

/** Recommendations that have questions, with how many, by inspection then number: what packs are offered for. */
export const recommendationsWithQuestions: Array<{ r: CollectionEntry<'recommendations'>; n: number }> = recommendations
  .map((r) => ({ r, n: questionsForRecommendation(r.id).length }))
  .filter((x) => x.n > 0)
  .sort((a, b) => a.r.data.inspection.id.localeCompare(b.r.data.inspection.id) || a.r.data.order - b.r.data.order);

/** Topics that have questions, with how many. */
export const topicsWithQuestions: Array<{ t: Topic; n: number }> = TOPIC_IDS.map((t) => ({ t, n: questionsForTopic(t).length })).filter(
  (x) => x.n > 0,
);
