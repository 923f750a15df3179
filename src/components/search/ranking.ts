/**
 * Pagefind ranking, tuned on the tuning queries of tests/search/relevance-queries.ts through the query layer
 * (see the README for the grid and the reasoning).
 * - metaWeights: a match in the page's title (its h1 without the caption) counts 5 times, in its other names
 *   (abbreviations, aliases, what people type) twice. Titles are clean since the caption ("Glossary term") left the
 *   title, so a higher title boost now helps questions whose words are a page's title ("support for special guardians").
 * - termFrequency 0.6: a page that is about a term beats a long page that repeats it.
 * - pageLength 0.9: short glossary and option pages are not penalised against long guides.
 */
export const RANKING = {
  termFrequency: 0.6,
  pageLength: 0.9,
  termSaturation: 1.2,
  termSimilarity: 1.0,
  metaWeights: { title: 5, aliases: 2 },
};
