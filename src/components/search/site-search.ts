/**
 * The query layer in the browser: Pagefind plus the build's search data (search/query-words.json, and
 * search/vocabulary.txt only when a word is not on the site). Loaded only when someone searches.
 */
import { loadPagefind, type ResultData } from './pagefind-loader';
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

function layerData(base: string): Promise<LayerData> {
  if (!layers.has(base)) {
    layers.set(base, (async () => {
      const words = await fetchJson<{ pageCount: number; everyday: EverydayWord[] }>(`${base}search/query-words.json`);
      let vocabulary: Promise<Vocabulary> | undefined;
      return {
        everyday: new EverydayIndex(words.everyday),
        pageCount: words.pageCount,
        vocabulary: () => (vocabulary ??= fetchText(`${base}search/vocabulary.txt`).then((text) => new Vocabulary(decodeVocabulary(text)))),
      };
    })());
  }
  return layers.get(base)!;
}

/** Searches the site for what was typed, through the query layer. */
export async function searchSite(base: string, query: string): Promise<SearchOutcome<ResultData>> {
  const [pagefind, data] = await Promise.all([loadPagefind(base), layerData(base)]);
  const engine: Engine<ResultData> = { search: async (term) => (await pagefind.search(term)).results };
  return runSearch(query, engine, data);
}
