/** What a printed pack says about itself: the date it was printed and where it lives. Filled in by the browser at print time. */

/** Writes today's date wherever the pack shows when it was printed (without JavaScript a blank line is left to write it on). */
export function markPrintDate(root: ParentNode): void {
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  root.querySelectorAll<HTMLElement>('[data-print-date]').forEach((n) => (n.textContent = today));
}

/**
 * Prints the address as the reader sees it (the built page knows only the site's configured address): on the first
 * page, at the foot of every page (the `--print-address` the print style sheet reads), and after each printed link.
 */
export function markPrintAddress(root: ParentNode, address: string): void {
  document.documentElement.style.setProperty('--print-address', JSON.stringify(address));
  root.querySelectorAll<HTMLElement>('[data-print-address]').forEach((n) => (n.textContent = address));
  root.querySelectorAll<HTMLAnchorElement>('a[data-print-url]').forEach((a) => (a.dataset.printUrl = a.href));
}
