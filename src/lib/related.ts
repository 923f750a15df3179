import type { TracedEntry } from '../content';

const key = (e: TracedEntry) => `${e.collection}/${e.id}`;
type PageIndex = { byRec: Map<string, TracedEntry[]>; byTopic: Map<string, TracedEntry[]> };
/** One index per pool of pages, so a build indexes its pages once and a different pool is never served a stale index. */
const indexes = new WeakMap<TracedEntry[], PageIndex>();

/** Pages grouped by recommendation and by topic, built once per pool so "related pages" stays linear. */
function buildIndex(pool: TracedEntry[]): PageIndex {
  const byRec = new Map<string, TracedEntry[]>();
  const byTopic = new Map<string, TracedEntry[]>();
  for (const page of pool) {
    for (const r of page.data.recommendations) byRec.set(r.id, [...(byRec.get(r.id) ?? []), page]);
    for (const t of page.data.topics as string[]) byTopic.set(t, [...(byTopic.get(t) ?? []), page]);
  }
  return { byRec, byTopic };
}

/** Pages that share the most recommendations (3 points each), then topics (1 point each), with this one. */
export function relatedPages(entry: TracedEntry, pool: TracedEntry[], limit = 5): TracedEntry[] {
  let index = indexes.get(pool);
  if (!index) {
    index = buildIndex(pool);
    indexes.set(pool, index);
  }
  const scores = new Map<string, { page: TracedEntry; score: number }>();
  const add = (page: TracedEntry, points: number) => {
    if (page === entry) return;
    const current = scores.get(key(page)) ?? { page, score: page.collection === entry.collection ? 0.5 : 0 };
    current.score += points;
    scores.set(key(page), current);
  };
  for (const r of entry.data.recommendations) for (const page of index.byRec.get(r.id) ?? []) add(page, 3);
  for (const t of entry.data.topics as string[]) for (const page of index.byTopic.get(t) ?? []) add(page, 1);
  return [...scores.values()]
    .filter(({ score }) => score >= 3)
    .sort((a, b) => b.score - a.score || a.page.data.title.localeCompare(b.page.data.title))
    .slice(0, limit)
    .map(({ page }) => page);
}

/** The entries before and after this one in its section's order. */
export function neighbours<T extends { id: string }>(list: T[], id: string): { previous?: T; next?: T } {
  const at = list.findIndex((e) => e.id === id);
  return { previous: at > 0 ? list[at - 1] : undefined, next: at >= 0 && at < list.length - 1 ? list[at + 1] : undefined };
}
