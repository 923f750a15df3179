import type { APIRoute } from 'astro';
import { questions } from '../content';
import { toCsv } from '../lib/csv';
import { AUDIENCES, TOPICS } from '../schemas/topics';
import { QUESTION_ORIGINS } from '../schemas/questions';
import { entryHref } from '../lib/urls';

/** The whole question bank, one row per question. */
export const GET: APIRoute = ({ site }) => {
  const rows = [
    ['id', 'question', 'group', 'origin', 'topics', 'audience', 'recommendations', 'prompts', 'evidence', 'good_answer', 'url'],
    ...questions.map((q) => [
      q.id,
      q.data.title,
      q.data.group,
      q.data.origin.map((o) => QUESTION_ORIGINS[o]).join('; '),
      q.data.topics.map((t) => TOPICS[t]).join('; '),
      q.data.audience.map((a) => AUDIENCES[a]).join('; '),
      q.data.recommendations.map((r) => r.id).join(' '),
      q.data.prompts.join(' | '),
      q.data.evidence.map((e) => (e.dataset ? `${e.ask} (${e.dataset})` : e.ask)).join(' | '),
      q.data.goodAnswer,
      new URL(entryHref('questions', q.id), site).href,
    ]),
  ];
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
