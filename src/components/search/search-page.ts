/**
 * The search page (<full-search>): runs ?q= on load through the query layer, shows results a page at a time,
 * and filters them. Searching again from the page's own form updates the address without reloading.
 */
import { FilterPane, type FilterLabels } from './filter-pane';
import { loadPagefind } from './pagefind-loader';
import { SearchView } from './search-view';

const PAGE_SIZE = 10;

export class SearchPage extends HTMLElement {
  private view!: SearchView;
  private filters!: FilterPane;
  private input!: HTMLInputElement;
  private base = '/';

  connectedCallback(): void {
    this.base = this.dataset.base ?? '/';
    this.querySelector<HTMLElement>('[data-search-message]')!.hidden = true;
    this.input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const labels = JSON.parse(this.dataset.filterLabels ?? '{}') as FilterLabels;
    this.filters = new FilterPane(this.querySelector('[data-filter-groups]')!, labels, () => this.filtersChanged());
    this.view = new SearchView(
      {
        notes: this.querySelector('.search-notes')!,
        status: this.querySelector('.search-status')!,
        list: this.querySelector('[data-search-results]')!,
        more: this.querySelector<HTMLButtonElement>('.search-more')!,
      },
      {
        base: this.base,
        pageSize: PAGE_SIZE,
        headingLevel: 3,
        linkTo: (query) => {
          const link = document.createElement('a');
          link.href = this.address(query, []);
          link.addEventListener('click', (event) => {
            event.preventDefault();
            this.input.value = query;
            void this.searchFor(query, true);
          });
          return link;
        },
        filter: (results) => this.filters.apply(results),
        onError: () => this.showMessage('Search could not load. Please try again later, or use the indexes below.'),
      },
    );
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.searchFor(this.input.value, true);
    });
    window.addEventListener('popstate', () => void this.fromAddress());
    void this.fromAddress();
  }

  private async fromAddress(): Promise<void> {
    const params = new URLSearchParams(window.location.search);
    this.filters.choose(params);
    this.input.value = params.get('q') ?? '';
    await this.searchFor(this.input.value, false);
  }

  private address(query: string, filters: Array<[string, string]>): string {
    const params = new URLSearchParams([['q', query], ...filters]);
    return `${this.base}search/?${params}`;
  }

  private async searchFor(query: string, remember: boolean): Promise<void> {
    if (remember) history.pushState(null, '', this.address(query, this.filters.params));
    await this.view.search(query);
    const results = this.view.allResults;
    const pane = this.querySelector<HTMLElement>('.search-filters')!;
    pane.hidden = results.length === 0;
    if (results.length === 0) return;
    try {
      await this.filters.load(await loadPagefind(this.base));
      this.filters.build(results);
      // Filters chosen in the address apply once Pagefind has said which pages carry them.
      if (this.filters.params.length > 0) await this.view.render();
    } catch {
      pane.hidden = true;
    }
  }

  private filtersChanged(): void {
    history.replaceState(null, '', this.address(this.input.value, this.filters.params));
    this.filters.updateCounts(this.view.allResults);
    void this.view.render();
  }

  private showMessage(text: string): void {
    const message = this.querySelector<HTMLElement>('[data-search-message]')!;
    message.textContent = text;
    message.hidden = false;
  }
}
