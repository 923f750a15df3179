import type { APIRoute } from 'astro';
import { questions } from '../content';
import { questionsCsv } from '../lib/exports/questions-csv';

/** The whole question bank, one row per question. */
export const GET: APIRoute = ({ site }) =>
  new Response(questionsCsv(questions, site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
