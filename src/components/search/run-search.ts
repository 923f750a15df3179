/**
 * The query layer around Pagefind, the same for the search page and the search dialog:
 * 1. drop question and filler words, and find the everyday words in the query (query-plan.ts);
 * 2. search for all the remaining words; if that finds enough and no everyday word was used, that is the answer;
 * 3. otherwise check the words against the site's vocabulary (correcting misspellings, leaving out words no page
 *    uses), search for each part of the query and its site words separately, and merge: pages with every part
 *    first, then pages with most of them, rare parts counting for more than common ones.
 */
import { EverydayIndex, changedFromTyped, correctSpelling, correctedQuery, planQuery, searchedWords, type QueryPlan, type Slot } from './query-plan';
import type { Vocabulary } from './spelling';

/** A Pagefind result: its page id, score and a loader for its data. */
export interface EngineResult<Data = unknown> {
  id: string;
  score: number;
  data(): Promise<Data>;
}

/** What the layer needs from Pagefind (and what the unit tests fake). */
export interface Engine<Data = unknown> {
  search(term: string): Promise<EngineResult<Data>[]>;
}

export interface LayerData {
  everyday: EverydayIndex;
  /** Pages in the index, for weighting rare words above common ones. */
  pageCount: number;
  /** The site's vocabulary, loaded only when a query finds little. */
  vocabulary(): Promise<Vocabulary>;
}

export interface SearchOutcome<Data = unknown> {
  results: EngineResult<Data>[];
  /** The words searched: question words left out, misspellings corrected, words no page uses left out. */
  searched: string;
  /** True when `searched` differs from what was typed. */
  changed: boolean;
  /** The query with misspellings corrected, when a word was corrected. */
  didYouMean?: string;
  /** Words no page uses, left out of the search. */
  notFound: string[];
  /** The site's words searched for the reader's everyday words. */
  alsoSearched: string[];
  /** True when no page has every part of the query, so pages with some of them are shown. */
  partial: boolean;
}

/** Tuned on the tuning queries of tests/search/relevance-queries.ts (see the README). */
export const LAYER_SETTINGS = {
  /** Fewer results than this for all the words, and the layer checks spelling and searches the parts. */
  enough: 3,
  /** How much a match on the site's word for an everyday word counts, against a match on the word as typed. */
  meansWeight: 0.8,
  /** How strongly the share of the query's parts on a page counts against the page's score. */
  coveragePower: 2,
};

export async function runSearch<Data>(query: string, engine: Engine<Data>, data: LayerData): Promise<SearchOutcome<Data>> {
  let plan = planQuery(query, data.everyday);
  const alsoSearched = [...new Set(plan.slots.flatMap((s) => s.means))];
  const outcome = (results: EngineResult<Data>[], partial = false): SearchOutcome<Data> => ({
    results,
    searched: searchedWords(plan),
    changed: changedFromTyped(query, plan),
    didYouMean: plan.slots.some((s) => s.correction) ? correctedQuery(plan) : undefined,
    notFound: plan.slots.filter((s) => s.unknown).map((s) => s.typed),
    alsoSearched,
    partial,
  });
  if (plan.slots.length === 0) return outcome([]);

  const cache = new Map<string, Promise<EngineResult<Data>[]>>();
  const search = (term: string) => {
    if (!term) return Promise.resolve([]);
    if (!cache.has(term)) cache.set(term, engine.search(term));
    return cache.get(term)!;
  };

  const typed = await search(plan.slots.map((s) => s.typed).join(' '));
  if (typed.length >= LAYER_SETTINGS.enough && alsoSearched.length === 0) return outcome(typed);

  if (typed.length < LAYER_SETTINGS.enough) plan = correctSpelling(plan, await data.vocabulary());
  const allWords = plan.slots.every((s) => !s.correction && !s.unknown) ? typed : await search(searchedWords(plan));
  const known = plan.slots.filter((s) => !s.unknown);
  if (known.length <= 1 && alsoSearched.length === 0) return outcome(allWords);

  const merged = await mergeParts({ ...plan, slots: known }, search, data.pageCount, allWords);
  return outcome(merged.results, merged.partial);
}

interface Alternative {
  term: string;
  weight: number;
}

/** What a part of the query is searched as: the word as typed, or its correction; and its site words. */
function alternatives(slot: Slot): Alternative[] {
  return [
    { term: slot.correction ?? slot.typed, weight: 1 },
    ...slot.means.map((term) => ({ term, weight: LAYER_SETTINGS.meansWeight })),
  ];
}

interface MergedPage<Data> {
  result: EngineResult<Data>;
  /** The result's own weighted score, to keep the result whose excerpt best fits the query. */
  best: number;
  score: number;
  covered: number;
}

/**
 * Merges the searches for each part. A page's score is the sum over parts of its best weighted score, times the
 * share of the query found on it (parts weighted by rarity) raised to `coveragePower`. Pages found by the search
 * for all the words together have every part, with Pagefind's own score for that search if it is higher.
 */
async function mergeParts<Data>(
  plan: QueryPlan,
  search: (term: string) => Promise<EngineResult<Data>[]>,
  pageCount: number,
  allWords: EngineResult<Data>[],
): Promise<{ results: EngineResult<Data>[]; partial: boolean }> {
  const perSlot = await Promise.all(
    plan.slots.map(async (slot) => {
      const scores = new Map<string, { score: number; result: EngineResult<Data> }>();
      const found = await Promise.all(alternatives(slot).map(async (alt) => ({ alt, results: await search(alt.term) })));
      for (const { alt, results } of found) {
        for (const result of results) {
          const score = result.score * alt.weight;
          const best = scores.get(result.id);
          if (!best || score > best.score) scores.set(result.id, { score, result });
        }
      }
      return scores;
    }),
  );
  const weights = perSlot.map((scores) => Math.log(1 + pageCount / (scores.size + 0.5)));
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;

  const pages = new Map<string, MergedPage<Data>>();
  perSlot.forEach((scores, i) => {
    for (const [id, { score, result }] of scores) {
      const page = pages.get(id) ?? { score: 0, covered: 0, result, best: 0 };
      page.score += score;
      page.covered += weights[i];
      if (score > page.best) {
        page.best = score;
        page.result = result;
      }
      pages.set(id, page);
    }
  });
  for (const result of allWords) {
    const page = pages.get(result.id) ?? { score: 0, covered: 0, result, best: 0 };
    page.covered = totalWeight;
    page.score = Math.max(page.score, result.score);
    page.result = result; // its excerpt marks every word
    page.best = Infinity;
    pages.set(result.id, page);
  }
  const ranked = [...pages.values()]
    .map((p) => ({ ...p, coverage: p.covered / totalWeight }))
    .map((p) => ({ ...p, rank: p.score * p.coverage ** LAYER_SETTINGS.coveragePower }))
    .sort((a, b) => b.rank - a.rank);
  return { results: ranked.map((p) => p.result), partial: ranked.length > 0 && ranked[0].coverage < 0.999 };
}
