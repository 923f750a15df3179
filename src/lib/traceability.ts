import type { CollectionEntry } from 'astro:content';
import { inspections, recommendations, tracedPages, type TracedEntry } from '../content';
import { TRACED_COLLECTIONS, TYPE_LABELS } from '../collections/registry';
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

type Recommendation = CollectionEntry<'recommendations'>;

/** The recommendations of the same inspection as `entry`, in their order: the list previous and next step through. */
export const sameInspection = (all: Recommendation[], entry: Recommendation) =>
  all.filter((r) => r.data.inspection.id === entry.data.inspection.id).sort((a, b) => a.data.order - b.data.order);

/** Recommendations that name `entry` as related where `entry` does not name them back, so the tie shows both ways. */
export const relatedFrom = (all: Recommendation[], entry: Recommendation) =>
  all.filter(
    (r) =>
      r.id !== entry.id &&
      r.data.related.some((x) => x.recommendation.id === entry.id) &&
      !entry.data.related.some((x) => x.recommendation.id === r.id),
  );
