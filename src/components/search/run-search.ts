/**
 * The query layer around Pagefind, the same for the search page and the search dialog:
 * 1. drop question and filler words, and find the everyday words in the query (query-plan.ts);
 * 2. search for all the remaining words; if that finds enough and no everyday word was used, that is the answer;
 * 3. a word on no page is corrected from the site's vocabulary, or left out if close to no site word;
 * 4. otherwise search each part of the query (and its site words), each pair of neighbouring parts, and the whole
 *    query in the site's words, and merge: pages with every part first, then pages with most of them, rare parts
 *    counting for more than common ones.
 */
import { EverydayIndex, changedFromTyped, correctSpelling, correctedQuery, planQuery, searchedWords, type Slot } from './query-plan';
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
  /** The site's vocabulary, loaded only when a word is not on the site. */
  vocabulary(): Promise<Vocabulary>;
  /** Pages that list or record rather than explain (section indexes, source documents), ranked a little lower. */
  demoted(): Promise<Set<string>>;
  /** The pages of one type ("Question", "Glossary term"), for a query that asks for that kind of page. */
  ofType(type: string): Promise<Set<string>>;
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
  /** Fewer results than this for all the words, and the layer searches the parts of the query and merges them. */
  enough: 3,
  /** How much a match on the site's word for an everyday word counts, against a match on the word as typed. */
  meansWeight: 0.8,
  /** How much a page having two neighbouring parts of the query together counts, against each part alone. */
  pairWeight: 1,
  /** How much a number counts towards the share of the query's parts on a page, against another word. */
  numberWeight: 0.5,
  /** How strongly the share of the query's parts on a page counts against the page's score. */
  coveragePower: 2,
  /** The factor on the score of a section index or source document, so the page that explains comes first. */
  demotedWeight: 0.6,
  /** The factor on the score of a page of the kind the query asks for ("questions to ask about …": questions). */
  preferredWeight: 2,
  /** How far down the ranking a page whose title or other name is exactly the query is looked for, and moved first. */
  exactNameDepth: 5,
};

/** Re-ranks by score, `demoted` pages' scores lowered and `preferred` pages' raised; otherwise the order is kept. */
function reweigh<R extends { id: string }>(ranked: Array<{ result: R; score: number }>, demoted: Set<string>, preferred: Set<string>): R[] {
  const weight = (id: string) =>
    (demoted.has(id) ? LAYER_SETTINGS.demotedWeight : 1) * (preferred.has(id) ? LAYER_SETTINGS.preferredWeight : 1);
  return ranked
    .map((r, i) => ({ ...r, i, adjusted: r.score * weight(r.result.id) }))
    .sort((a, b) => b.adjusted - a.adjusted || a.i - b.i)
    .map((r) => r.result);
}

/** Lower case, apostrophes and punctuation dropped, spaces folded: "Children's home" and "childrens home" are one name. */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A result's names: its title and its other names (the `aliases` metadata, " / " between names). */
function namesOf(data: unknown): string[] {
  const meta = (data as { meta?: Record<string, string | undefined> } | undefined)?.meta ?? {};
  return [meta.title ?? '', ...(meta.aliases ?? '').split(' / ')].map(nameKey).filter(Boolean);
}

/**
 * A page named exactly what was searched ("permanence" → the glossary's Permanence) comes first, if it is among
 * the first results: those are loaded for display anyway, so this costs no extra request.
 */
async function exactNameFirst<Data>(results: EngineResult<Data>[], searched: string): Promise<EngineResult<Data>[]> {
  const key = nameKey(searched);
  if (!key) return results;
  const head = results.slice(0, LAYER_SETTINGS.exactNameDepth);
  const names = await Promise.all(head.map(async (r) => namesOf(await r.data())));
  const exact = head.findIndex((_, i) => names[i].includes(key));
  if (exact <= 0) return results;
  return [results[exact], ...results.slice(0, exact), ...results.slice(exact + 1)];
}

export async function runSearch<Data>(query: string, engine: Engine<Data>, data: LayerData): Promise<SearchOutcome<Data>> {
  const outcome = await rankedSearch(query, engine, data);
  return { ...outcome, results: await exactNameFirst(outcome.results, outcome.searched) };
}

async function rankedSearch<Data>(query: string, engine: Engine<Data>, data: LayerData): Promise<SearchOutcome<Data>> {
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

  // Is each single word on the site? A quoted search finds only the word itself (Pagefind otherwise falls back to
  // shorter and shorter beginnings of an unknown word, finding pages that merely share its first letters).
  const words = plan.slots.filter((s) => s.means.length === 0 && !s.key.includes(' '));
  const [typed, exact] = await Promise.all([
    search(plan.slots.map((s) => s.typed).join(' ')),
    Promise.all(words.map((s) => search(`"${s.typed}"`))),
  ]);
  const onSite = new Set(words.filter((_, i) => exact[i].length > 0));
  if (onSite.size < words.length) plan = correctSpelling(plan, await data.vocabulary(), (slot) => onSite.has(slot));

  const [demoted, preferred] = await Promise.all([data.demoted(), plan.prefer ? data.ofType(plan.prefer) : new Set<string>()]);
  const asPagefindRanks = (results: EngineResult<Data>[]) =>
    reweigh(
      results.map((result) => ({ result, score: result.score })),
      demoted,
      preferred,
    );
  const asTyped = plan.slots.every((s) => !s.correction && !s.unknown);
  if (asTyped && alsoSearched.length === 0 && typed.length >= LAYER_SETTINGS.enough) return outcome(asPagefindRanks(typed));
  const known = plan.slots.filter((s) => !s.unknown);
  const allWords = asTyped ? typed : await search(searchedWords(plan));
  if (known.length <= 1 && alsoSearched.length === 0) return outcome(asPagefindRanks(allWords));

  // The whole query again in the site's words, for Pagefind to rank as a whole (its title and other-names boosts).
  const inSiteWords = alsoSearched.length > 0 ? await search(known.map((s) => s.means[0] ?? s.correction ?? s.typed).join(' ')) : [];
  const merged = await mergeParts(known, search, data.pageCount, [allWords, inSiteWords]);
  return outcome(reweigh(merged.ranked, demoted, preferred), merged.partial);
}

interface Alternative {
  term: string;
  weight: number;
}

/** What a part of the query is searched as: the word as typed, or its correction; and its site words. */
function alternatives(slot: Slot): Alternative[] {
  return [{ term: slot.correction ?? slot.typed, weight: 1 }, ...slot.means.map((term) => ({ term, weight: LAYER_SETTINGS.meansWeight }))];
}

type Scores<Data> = Map<string, { score: number; result: EngineResult<Data> }>;

/** Each page's best weighted score over several searches. */
async function bestScores<Data>(searches: Alternative[], search: (term: string) => Promise<EngineResult<Data>[]>): Promise<Scores<Data>> {
  const scores: Scores<Data> = new Map();
  const found = await Promise.all(searches.map(async (alt) => ({ alt, results: await search(alt.term) })));
  for (const { alt, results } of found) {
    for (const result of results) {
      const score = result.score * alt.weight;
      const best = scores.get(result.id);
      if (!best || score > best.score) scores.set(result.id, { score, result });
    }
  }
  return scores;
}

interface MergedPage<Data> {
  result: EngineResult<Data>;
  /** The score of `result`'s own search, to keep the result whose excerpt best fits the query. */
  best: number;
  score: number;
  covered: number;
}

/**
 * Merges searches for the parts of the query. A page scores the sum of its best score for each part and for each
 * pair of neighbouring parts searched together (Pagefind boosts a page whose title or other names hold both),
 * times the share of the query's parts on it (rare parts weigh more) raised to `coveragePower`. Pages found by a
 * search for the whole query have every part, with that search's score if it is higher.
 */
async function mergeParts<Data>(
  slots: Slot[],
  search: (term: string) => Promise<EngineResult<Data>[]>,
  pageCount: number,
  wholeQuery: EngineResult<Data>[][],
): Promise<{ ranked: Array<{ result: EngineResult<Data>; score: number }>; partial: boolean }> {
  const perSlot = await Promise.all(slots.map((slot) => bestScores(alternatives(slot), search)));
  const pairs = await Promise.all(
    slots.slice(1).map((slot, i) => {
      const combos = alternatives(slots[i])
        .slice(0, 2)
        .flatMap((a) =>
          alternatives(slot)
            .slice(0, 2)
            .map((b) => ({ term: `${a.term} ${b.term}`, weight: a.weight * b.weight * LAYER_SETTINGS.pairWeight })),
        );
      return bestScores(combos, search);
    }),
  );
  // A number ("17", "3 weeks") is rare on the site but seldom what the query is about, so it weighs half.
  const weights = perSlot.map(
    (scores, i) => Math.log(1 + pageCount / (scores.size + 0.5)) * (/^\d+$/.test(slots[i].key) ? LAYER_SETTINGS.numberWeight : 1),
  );
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;

  const pages = new Map<string, MergedPage<Data>>();
  const add = (scores: Scores<Data>, weight: number) => {
    for (const [id, { score, result }] of scores) {
      const page = pages.get(id) ?? { score: 0, covered: 0, result, best: 0 };
      page.score += score;
      page.covered += weight;
      if (score > page.best) {
        page.best = score;
        page.result = result;
      }
      pages.set(id, page);
    }
  };
  perSlot.forEach((scores, i) => add(scores, weights[i]));
  pairs.forEach((scores) => add(scores, 0));
  for (const result of wholeQuery.flat()) {
    const page = pages.get(result.id) ?? { score: 0, covered: 0, result, best: 0 };
    page.covered = totalWeight;
    page.score = Math.max(page.score, result.score);
    if (page.best !== Infinity) page.result = result; // its excerpt marks every word
    page.best = Infinity;
    pages.set(result.id, page);
  }
  const ranked = [...pages.values()]
    .map((p) => ({ ...p, coverage: Math.min(1, p.covered / totalWeight) }))
    .map((p) => ({ ...p, rank: p.score * p.coverage ** LAYER_SETTINGS.coveragePower }))
    .sort((a, b) => b.rank - a.rank);
  return { ranked: ranked.map((p) => ({ result: p.result, score: p.rank })), partial: ranked.length > 0 && ranked[0].coverage < 0.999 };
}
