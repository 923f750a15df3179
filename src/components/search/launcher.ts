/**
 * Opens the search dialog, loading it (and, as someone starts to search, Pagefind's script) only on first use,
 * so pages ship almost no JavaScript for search.
 */
import { loadPagefind } from './pagefind-loader';
import type { SearchDialog } from './search-dialog';

let dialog: Promise<SearchDialog> | undefined;

/** Starts loading the dialog and Pagefind's script (not its index) when the search box gets focus. */
export function preloadSearch(base: string): void {
  void loadDialog(base).catch(() => undefined);
  void loadPagefind(base).catch(() => undefined);
}

function loadDialog(base: string): Promise<SearchDialog> {
  dialog ??= import('./search-dialog').then(({ SearchDialog }) => new SearchDialog(base));
  dialog.catch(() => (dialog = undefined));
  return dialog;
}

/** Opens the dialog with `query`; if it cannot load, goes to the search page instead. */
export async function openSearchDialog(base: string, query: string, returnFocusTo: HTMLElement): Promise<void> {
  try {
    void loadPagefind(base).catch(() => undefined);
    (await loadDialog(base)).open(query, returnFocusTo);
  } catch {
    window.location.href = `${base}search/?q=${encodeURIComponent(query)}`;
  }
}
