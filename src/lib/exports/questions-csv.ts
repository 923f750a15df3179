import type { CollectionEntry } from 'astro:content';
import { toCsv } from '../csv';
import { entryHref } from '../urls';
import { QUESTION_ORIGINS } from '../../schemas/questions';
import { AUDIENCES, TOPICS } from '../../schemas/topics';

/** The columns of `/questions.csv`, in order. */
export const QUESTIONS_CSV_HEADER = [
  'id',
  'question',
  'group',
  'origin',
  'topics',
  'audience',
  'recommendations',
  'prompts',
  'evidence',
  'good_answer',
  'url',
];

/** One question as a row of `/questions.csv`: lists joined with "; ", " " or " | ", the page's full address last. */
export function questionRow(q: CollectionEntry<'questions'>, site: URL | undefined): string[] {
  return [
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
  ];
}

/** The whole question bank as CSV, one row per question in bank order. */
export function questionsCsv(questions: CollectionEntry<'questions'>[], site: URL | undefined): string {
  return toCsv([QUESTIONS_CSV_HEADER, ...questions.map((q) => questionRow(q, site))]);
}
