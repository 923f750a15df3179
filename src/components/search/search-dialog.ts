/**
 * The search dialog opened from the header ("/", Ctrl+K or the header form): a native modal <dialog> with a
 * search box, notes on what was searched, and the first results. Enter goes to the full search page.
 * Arrow keys move between the box and the result links; Escape closes it and focus returns where it was.
 */
import { SearchView } from './search-view';
// The styles come with this module, which loads on first use, so that pages which never open search do not carry them.
import searchStyles from './search.css?inline';

const DIALOG_PAGE_SIZE = 5;
const TYPING_PAUSE_MS = 180;

function searchPageHref(base: string, query: string): string {
  return `${base}search/?q=${encodeURIComponent(query)}`;
}

function addStyles(): void {
  if (document.querySelector('style[data-search-styles]')) return;
  const style = document.createElement('style');
  style.dataset.searchStyles = '';
  style.textContent = searchStyles;
  document.head.append(style);
}

function build(base: string): HTMLDialogElement {
  addStyles();
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-dialog-title');
  dialog.innerHTML = `
    <div class="search-dialog__bar">
      <h2 id="search-dialog-title" class="visually-hidden">Search</h2>
      <form class="search-box" role="search" method="get">
        <label class="visually-hidden" for="search-dialog-input">Search the knowledge base</label>
        <input id="search-dialog-input" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="Search, e.g. SGO or twin track" />
      </form>
      <button type="button" class="button search-dialog__close">Close</button>
    </div>
    <div class="search-dialog__body">
      <div class="search-notes"></div>
      <p class="search-status" role="status"></p>
      <ol class="search-results" data-search-results></ol>
      <p class="search-dialog__all" hidden><a href="">All results, with filters</a></p>
    </div>`;
  dialog.querySelector('form')!.action = `${base}search/`;
  return dialog;
}

export class SearchDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly input: HTMLInputElement;
  private readonly view: SearchView;
  private readonly allLink: HTMLAnchorElement;
  private returnFocusTo: HTMLElement | null = null;
  private timer: number | undefined;

  constructor(private readonly base: string) {
    this.dialog = build(base);
    document.body.append(this.dialog);
    this.input = this.dialog.querySelector('input')!;
    this.allLink = this.dialog.querySelector('.search-dialog__all a')!;
    const list = this.dialog.querySelector<HTMLElement>('[data-search-results]')!;
    this.view = new SearchView(
      { notes: this.dialog.querySelector('.search-notes')!, status: this.dialog.querySelector('.search-status')!, list },
      {
        base,
        pageSize: DIALOG_PAGE_SIZE,
        headingLevel: 3,
        linkTo: (query) => {
          const link = document.createElement('a');
          link.href = searchPageHref(base, query);
          link.addEventListener('click', (event) => {
            event.preventDefault();
            this.input.value = query;
            void this.run();
            this.input.focus();
          });
          return link;
        },
        onError: () => {
          window.location.href = searchPageHref(base, this.input.value);
        },
      },
    );
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(), TYPING_PAUSE_MS);
    });
    this.dialog.querySelector('.search-dialog__close')!.addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('close', () => this.returnFocusTo?.focus());
    // A click on the backdrop (outside the dialog's box) closes it.
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
    this.dialog.addEventListener('keydown', (event) => {
      // Escape closes at once (in a search box it would first only clear the box).
      if (event.key === 'Escape') {
        event.preventDefault();
        this.dialog.close();
      } else this.moveFocus(event);
    });
  }

  open(query: string, returnFocusTo: HTMLElement | null): void {
    this.returnFocusTo = returnFocusTo;
    if (!this.dialog.open) this.dialog.showModal();
    this.input.focus();
    if (query && query !== this.input.value) {
      this.input.value = query;
      void this.run();
    }
  }

  private async run(): Promise<void> {
    window.clearTimeout(this.timer);
    const query = this.input.value;
    this.allLink.href = searchPageHref(this.base, query);
    this.allLink.parentElement!.hidden = !query.trim();
    await this.view.search(query);
  }

  /** Up and down arrows: from the box to the result titles and back. */
  private moveFocus(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.dialog.querySelectorAll<HTMLAnchorElement>('.search-result__title a')];
    if (links.length === 0) return;
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const inInput = document.activeElement === this.input;
    if (!inInput && current < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') (inInput ? links[0] : links[Math.min(current + 1, links.length - 1)]).focus();
    else if (current <= 0) this.input.focus();
    else links[current - 1].focus();
  }
}
