/**
 * Pagefind ranking, tuned against tests/search/relevance-queries.ts (see the README for the reasoning).
 * - metaWeights.aliases 3: a match in a page's other names (abbreviations, aliases, what people type) adds a boost
 *   after the text score, so "SGO" or "children in care" reach the term's own page. The title boost is kept at 1:
 *   titles are already weighted as h1 text, and a larger title boost let pages that merely name a term in their
 *   title win.
 * - termFrequency 0.6: a page that is about a term beats a long page that repeats it.
 * - pageLength 0.9: short glossary and option pages are not penalised against long guides.
 */
export const RANKING = {
  termFrequency: 0.6,
  pageLength: 0.9,
  termSaturation: 1.2,
  termSimilarity: 1.0,
  metaWeights: { title: 1, aliases: 3 },
};
