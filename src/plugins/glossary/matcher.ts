import type { LinkTerm } from './terms';

/** One place in a text where a term is used. */
export interface TermMatch {
  start: number;
  end: number;
  term: LinkTerm;
  /** The matched name is the term's abbreviation (or another all-capitals alias). */
  isAbbreviation: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Short or all-capital names match case-sensitively ("PLO" but not "plo"); others ignore case. */
const isCaseSensitive = (name: string) => name.length <= 4 || name === name.toUpperCase();

/**
 * Finds glossary terms in plain text, independent of any Markdown tree.
 * Longer names win over shorter ones at the same place ("special guardianship order" before "special guardianship").
 */
export function createMatcher(terms: LinkTerm[]) {
  const byName = new Map<string, LinkTerm>();
  const exactNames = new Map<string, LinkTerm>();
  for (const term of terms) {
    for (const name of term.names) {
      if (name.length < 2) continue;
      if (isCaseSensitive(name)) exactNames.set(name, term);
      else byName.set(name.toLowerCase(), term);
    }
  }
  const names = [...new Set([...byName.keys(), ...exactNames.keys()])].sort((a, b) => b.length - a.length);
  if (names.length === 0) return { find: () => [] as TermMatch[] };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

  /** All matches in a text, skipping terms in `seen` and adding the ones it returns to it. */
  function find(text: string, seen: Set<string>): TermMatch[] {
    const found: TermMatch[] = [];
    for (const m of text.matchAll(pattern)) {
      const word = m[0];
      // A case-sensitive name matches only as written: "plo" finds no term when only "PLO" is a name.
      const term = exactNames.get(word) ?? byName.get(word.toLowerCase());
      if (!term || seen.has(term.slug)) continue;
      seen.add(term.slug);
      const isAbbreviation = word === term.abbreviation || (word.length <= 6 && word === word.toUpperCase() && /[A-Z]/.test(word));
      found.push({ start: m.index, end: m.index + word.length, term, isAbbreviation });
    }
    return found;
  }
  return { find };
}
