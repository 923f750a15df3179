import type { APIRoute } from 'astro';
import { recommendations, sourceById, tracedPages } from '../content';
import { traceabilityData } from '../lib/exports/traceability-data';

/** Every recommendation and every content page, with the ties between them, as served. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(traceabilityData(recommendations, tracedPages, sourceById), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
