import type { APIRoute } from 'astro';
import { questions } from '../../../content';
import { recommendationName } from '../../../lib/inspections';
import { recommendationsWithQuestions } from '../../../lib/question-index';
import { TOPICS } from '../../../schemas/topics';
import { toPackQuestion } from '../../../components/question-pack/pack-question';

/** What the pack builder and the pack pages' downloads need, fetched only when someone uses them. */
export const GET: APIRoute = () => {
  const body = {
    topics: TOPICS,
    recommendations: recommendationsWithQuestions.map(({ r }) => ({ id: r.id, label: `${recommendationName(r.data)}: ${r.data.title}` })),
    questions: questions.map((q) => ({ ...toPackQuestion(q), topics: q.data.topics, recommendations: q.data.recommendations.map((r) => r.id) })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
