import { inspections, recommendations, tracedPages, type TracedEntry } from '../content';
import { TRACED_COLLECTIONS } from '../collections/registry';
import { TYPE_LABELS } from './page-types';
import type { PagedCollection } from './urls';

/** The collections that support recommendations, in the order they are shown. */
export const SUPPORTING_TYPES = TRACED_COLLECTIONS;

/** Pages supporting a recommendation, grouped by type (generated from each page's `recommendations`). */
export function supportersOf(id: string): Map<(typeof SUPPORTING_TYPES)[number], TracedEntry[]> {
  const groups = new Map<(typeof SUPPORTING_TYPES)[number], TracedEntry[]>();
  for (const type of SUPPORTING_TYPES) {
    const pages = tracedPages.filter((p) => p.collection === type && p.data.recommendations.some((r) => r.id === id));
    if (pages.length) groups.set(type, pages);
  }
  return groups;
}

export function supportCount(id: string): number {
  return tracedPages.filter((p) => p.data.recommendations.some((r) => r.id === id)).length;
}

/** Recommendations grouped by inspection, oldest inspection first, then in number order. */
export function recommendationsByInspection() {
  return inspections.map((entry) => ({
    inspection: entry.id,
    label: entry.data.title,
    entry,
    items: recommendations.filter((r) => r.data.inspection.id === entry.id).sort((a, b) => a.data.order - b.data.order),
  }));
}

export const typeLabel = (type: PagedCollection) => TYPE_LABELS[type].many;
