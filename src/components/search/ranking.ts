/**
 * Pagefind ranking, tuned against tests/search/relevance-queries.ts (see the README for the reasoning).
 * - termFrequency below 1: a page that is about a term (its title and aliases) beats a long page that repeats it.
 * - pageLength high: short glossary and option pages are not penalised against long guides.
 * - termSimilarity: "guardian" still finds "guardianship".
 */
export const RANKING = {
  termFrequency: 0.6,
  pageLength: 0.9,
  termSaturation: 1.2,
  termSimilarity: 1.0,
};
