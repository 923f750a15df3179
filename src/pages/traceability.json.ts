import type { APIRoute } from 'astro';
import { recommendations, sourceById, tracedPages } from '../content';
import { TYPE_LABELS } from '../lib/page-types';
import { entryHref } from '../lib/urls';

/** Every recommendation and every content page, with the ties between them, as served. */
export const GET: APIRoute = () => {
  const body = {
    recommendations: [...recommendations]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => ({
        id: r.id,
        url: entryHref('recommendations', r.id),
        title: r.data.title,
        source: sourceById.get(r.data.citation.source.id)?.data.title ?? r.data.citation.source.id,
      })),
    pages: tracedPages.map((p) => ({
      url: entryHref(p.collection, p.id),
      type: TYPE_LABELS[p.collection].one,
      title: p.data.title,
      recommendations: p.data.recommendations.map((r) => r.id),
    })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
