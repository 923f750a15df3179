/**
 * The query layer in the browser: Pagefind plus the build's search data (search/query-words.json, and
 * search/vocabulary.txt only when a word is not on the site). Loaded only when someone searches.
 */
import { loadPagefind, yieldToBrowser, type PagefindApi, type ResultData } from './pagefind-loader';
import { EverydayIndex, type EverydayWord } from './query-plan';
import { runSearch, type Engine, type LayerData, type SearchOutcome } from './run-search';
import { Vocabulary, decodeVocabulary } from './spelling';

export type { ResultData, SearchOutcome };

const layers = new Map<string, Promise<LayerData>>();

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

async function fetchJson<T>(url: string): Promise<T> {
  return JSON.parse(await fetchText(url)) as T;
}

/**
 * Page types ranked a little lower (run-search.ts): pages that list or record rather than explain, and the private
 * fostering checker's answers, each for one situation, so the guide comes first for a general question.
 */
const DEMOTED_TYPES = ['Section index', 'Source document', 'Checker answer'];

function layerData(base: string, pagefind: PagefindApi): Promise<LayerData> {
  if (!layers.has(base)) {
    layers.set(
      base,
      (async () => {
        const words = await fetchJson<{ pageCount: number; everyday: EverydayWord[] }>(`${base}search/query-words.json`);
        let vocabulary: Promise<Vocabulary> | undefined;
        const types = new Map<string, Promise<Set<string>>>();
        const ofType = (type: string) => {
          if (!types.has(type))
            types.set(
              type,
              pagefind.search(null, { filters: { type } }).then((f) => new Set(f.results.map((r) => r.id))),
            );
          return types.get(type)!;
        };
        const demoted = Promise.all(DEMOTED_TYPES.map(ofType)).then((sets) => new Set(sets.flatMap((set) => [...set])));
        return {
          demoted: () => demoted,
          ofType,
          everyday: new EverydayIndex(words.everyday),
          pageCount: words.pageCount,
          vocabulary: () =>
            (vocabulary ??= fetchText(`${base}search/vocabulary.txt`).then((text) => new Vocabulary(decodeVocabulary(text)))),
        };
      })(),
    );
  }
  return layers.get(base)!;
}

/** Searches the site for what was typed, through the query layer. */
export async function searchSite(base: string, query: string): Promise<SearchOutcome<ResultData>> {
  const pagefind = await loadPagefind(base);
  const data = await layerData(base, pagefind);
  const engine: Engine<ResultData> = {
    search: async (term) => {
      await yieldToBrowser();
      // Each result's data is fetched once, though both the ranking (exact names) and the list read it.
      return (await pagefind.search(term)).results.map((r) => {
        let loaded: Promise<ResultData> | undefined;
        return { id: r.id, score: r.score, data: () => (loaded ??= r.data()) };
      });
    },
  };
  return runSearch(query, engine, data);
}
