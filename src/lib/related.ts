import type { TracedEntry } from '../content';

/** Pages that share the most recommendations, then topics, with this one (never itself). */
export function relatedPages(entry: TracedEntry, pool: TracedEntry[], limit = 5): TracedEntry[] {
  const recs = new Set(entry.data.recommendations.map((r) => r.id));
  const topics = new Set<string>(entry.data.topics);
  return pool
    .filter((other) => !(other.collection === entry.collection && other.id === entry.id))
    .map((other) => ({
      other,
      score:
        other.data.recommendations.filter((r) => recs.has(r.id)).length * 3 +
        (other.data.topics as string[]).filter((t) => topics.has(t)).length +
        (other.collection === entry.collection ? 0.5 : 0),
    }))
    .filter(({ score }) => score >= 3)
    .sort((a, b) => b.score - a.score || a.other.data.title.localeCompare(b.other.data.title))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The entries before and after this one in its section's order. */
export function neighbours<T extends { id: string }>(list: T[], id: string): { previous?: T; next?: T } {
  const at = list.findIndex((e) => e.id === id);
  return { previous: at > 0 ? list[at - 1] : undefined, next: at >= 0 && at < list.length - 1 ? list[at + 1] : undefined };
}
