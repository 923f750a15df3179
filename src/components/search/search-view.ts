/**
 * Runs a query through the query layer and shows it: notes on what was searched, a status line, the results
 * (a page at a time) and a "more" button. The search page and the dialog each own one.
 * The query layer (site-search.ts) is imported on the first query, not before.
 */
import { appendResults, countText, outcomeNotes } from './result-list';
import type { ResultData, SearchOutcome } from './site-search';
import type { EngineResult } from './run-search';

export interface SearchViewParts {
  notes: HTMLElement;
  status: HTMLElement;
  list: HTMLElement;
  more?: HTMLButtonElement;
}

export interface SearchViewOptions {
  base: string;
  pageSize: number;
  headingLevel: 2 | 3;
  /** A link that searches for a suggested query. */
  linkTo(query: string): HTMLAnchorElement;
  /** Narrows the results (the search page's filters). */
  filter?(results: EngineResult<ResultData>[]): EngineResult<ResultData>[];
  /** Called when search cannot load. */
  onError?(error: unknown): void;
}

export class SearchView {
  private generation = 0;
  private query = '';
  private outcome: SearchOutcome<ResultData> | undefined;
  private shown = 0;
  private results: EngineResult<ResultData>[] = [];

  constructor(
    private readonly parts: SearchViewParts,
    private readonly options: SearchViewOptions,
  ) {
    parts.more?.addEventListener('click', () => void this.showMore());
  }

  /** The current query's results before any filter (for filter counts). */
  get allResults(): EngineResult<ResultData>[] {
    return this.outcome?.results ?? [];
  }

  async search(query: string): Promise<void> {
    const generation = ++this.generation;
    this.query = query;
    if (!query.trim()) {
      this.outcome = undefined;
      this.clear();
      return;
    }
    this.parts.list.dataset.searchState = 'loading';
    try {
      const { searchSite } = await import('./site-search');
      const outcome = await searchSite(this.options.base, query);
      if (generation !== this.generation) return;
      this.outcome = outcome;
      await this.render();
    } catch (error) {
      if (generation !== this.generation) return;
      this.parts.list.dataset.searchState = 'error';
      this.options.onError?.(error);
    }
  }

  /** Shows the current outcome again (after a filter changed). */
  async render(): Promise<void> {
    const outcome = this.outcome;
    if (!outcome) return;
    const generation = this.generation;
    this.results = this.options.filter ? this.options.filter(outcome.results) : outcome.results;
    this.parts.list.dataset.searchState = 'loading';
    const shown = await this.renderPage(0, generation, true);
    if (!shown) return;
    const notes = outcomeNotes(this.query, outcome, (q) => this.options.linkTo(q));
    if (outcome.results.length > 0 && this.results.length === 0)
      notes.push(
        Object.assign(document.createElement('p'), { className: 'search-note', textContent: 'No results match the filters you chose.' }),
      );
    this.parts.notes.replaceChildren(...notes);
    this.parts.status.textContent = `${countText(this.results.length)}${outcome.searched ? ` for “${outcome.searched}”` : ''}`;
    this.parts.list.dataset.searchState = 'done';
  }

  private async showMore(): Promise<void> {
    const first = this.parts.list.children.length;
    if (await this.renderPage(this.shown, this.generation, false)) {
      // Move focus to the first new result, so keyboard users continue where the list grew.
      this.parts.list.children[first]?.querySelector('a')?.focus();
    }
  }

  private async renderPage(from: number, generation: number, replace: boolean): Promise<boolean> {
    const list = replace ? document.createElement('ol') : this.parts.list;
    const added = await appendResults(
      list,
      this.results,
      from,
      this.options.pageSize,
      this.options.headingLevel,
      () => generation === this.generation,
    );
    if (!added) return false;
    if (replace) this.parts.list.replaceChildren(...list.children);
    this.shown = from + this.options.pageSize;
    if (this.parts.more) this.parts.more.hidden = this.shown >= this.results.length;
    return true;
  }

  private clear(): void {
    this.parts.list.replaceChildren();
    this.parts.notes.replaceChildren();
    this.parts.status.textContent = '';
    if (this.parts.more) this.parts.more.hidden = true;
    delete this.parts.list.dataset.searchState;
  }
}
