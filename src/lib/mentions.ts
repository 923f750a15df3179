import type { TracedEntry } from '../content';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Pages whose text names any of `names` (whole words; short all-capital names match case-sensitively). */
export function pagesMentioning(names: string[], pool: TracedEntry[], except?: { collection: string; id: string }): TracedEntry[] {
  const usable = names.filter((n) => n.trim().length >= 3);
  if (usable.length === 0) return [];
  const sensitive = usable.filter((n) => n.length <= 5 && n === n.toUpperCase());
  const insensitive = usable.filter((n) => !sensitive.includes(n));
  const patterns = [
    sensitive.length ? new RegExp(`\\b(${sensitive.map(escape).join('|')})\\b`) : undefined,
    insensitive.length ? new RegExp(`\\b(${insensitive.map(escape).join('|')})\\b`, 'i') : undefined,
  ].filter((p): p is RegExp => !!p);
  return pool.filter((page) => {
    if (except && page.collection === except.collection && page.id === except.id) return false;
    const text = `${page.data.title}\n${page.data.summary}\n${page.body ?? ''}`;
    return patterns.some((p) => p.test(text));
  });
}
