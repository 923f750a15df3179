import type { APIRoute } from 'astro';
import { questions, sourceById } from '../../../content';
import { recommendationsWithQuestions } from '../../../lib/question-index';
import { packData } from '../../../lib/exports/pack-data';

/** What the pack builder and the pack pages' downloads need, fetched only when someone uses them. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(packData(questions, recommendationsWithQuestions, sourceById)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
