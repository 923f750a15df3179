import type { CollectionEntry } from 'astro:content';
import type { TracedEntry } from '../../content';
import { TYPE_LABELS } from '../../collections/registry';
import { entryHref } from '../urls';

/**
 * `/traceability.json`: every recommendation (by id, with the title of the document it comes from) and every
 * content page with the recommendations it supports. Addresses carry the base path, as served.
 */
export function traceabilityData(
  recommendations: CollectionEntry<'recommendations'>[],
  pages: TracedEntry[],
  sourceById: Map<string, CollectionEntry<'sources'>>,
) {
  return {
    recommendations: [...recommendations]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => ({
        id: r.id,
        url: entryHref('recommendations', r.id),
        title: r.data.title,
        source: sourceById.get(r.data.citation.source.id)?.data.title ?? r.data.citation.source.id,
      })),
    pages: pages.map((p) => ({
      url: entryHref(p.collection, p.id),
      type: TYPE_LABELS[p.collection].one,
      title: p.data.title,
      recommendations: p.data.recommendations.map((r) => r.id),
    })),
  };
}
