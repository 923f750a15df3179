/**
 * Loads Pagefind's search API (written into the site by the build) once, with our ranking.
 * It runs on the main thread (`noWorker`): a query takes milliseconds, and the worker script would cost a download.
 */
import { RANKING } from './ranking';

/** The part of Pagefind's result data the search UI shows. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: Array<{ url: string; title: string; excerpt: string; locations?: number[] }>;
}

export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindHit[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Lets the browser paint and handle input between searches: one query runs several Pagefind searches, and the
 * search page reads each filter's pages, so without this they would run as one long task on the main thread.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options({ ranking: RANKING, noWorker: true, baseUrl: base, excerptLength: 24 });
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
