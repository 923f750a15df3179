import type { APIRoute } from 'astro';
import { questions, sourceById } from '../../../content';
import { inspectionName } from '../../../lib/inspections';
import { recommendationsWithQuestions } from '../../../lib/question-index';
import { TOPICS } from '../../../schemas/topics';
import { entryHref } from '../../../lib/urls';

/** What the pack builder needs, fetched only when someone opens it. */
export const GET: APIRoute = () => {
  const body = {
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
      sources: q.data.sources.map((s) => `${sourceById.get(s.source.id)?.data.shortTitle}, ${s.section}`),
      factsDate: q.data.factsDate,
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
