/**
 * Loads Pagefind's Component UI only when someone starts to search, so pages ship almost no JavaScript.
 * The modal is created after the instance is configured, so our ranking applies from the first query.
 */
import { RANKING } from './ranking';

type PagefindInstance = { triggerSearch(term: string): void; triggerLoad(): void; on(event: string, cb: (...args: unknown[]) => void): void };
type ComponentsModule = {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
};

let loading: Promise<PagefindInstance | null> | undefined;

/** Adds the stylesheet and script of the Component UI that Pagefind wrote into the site. */
export function preloadSearch(base: string): Promise<PagefindInstance | null> {
  loading ??= (async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${base}pagefind/pagefind-component-ui.css`;
    document.head.append(link);
    try {
      await import(/* @vite-ignore */ `${base}pagefind/pagefind-component-ui.js`);
      const ui = (window as unknown as { PagefindComponents?: ComponentsModule }).PagefindComponents;
      if (!ui) throw new Error('Pagefind Component UI did not register');
      const instance = ui.configureInstance('default', { bundlePath: `${base}pagefind/`, ranking: RANKING });
      // Fetch the engine and index metadata now, while the dialog opens, so the first query only waits for its own chunks.
      instance.triggerLoad();
      return instance;
    } catch (error) {
      console.error(error);
      return null;
    }
  })();
  return loading;
}

/** Opens the search dialog, creating it on first use; if search cannot load, goes to the search page instead. */
export async function openSearchModal(base: string, query: string, returnFocusTo: HTMLElement): Promise<void> {
  const instance = await preloadSearch(base);
  if (!instance) {
    window.location.href = `${base}search/?q=${encodeURIComponent(query)}`;
    return;
  }
  let modal = document.querySelector<HTMLElement & { open(): void }>('pagefind-modal');
  if (!modal) {
    modal = document.createElement('pagefind-modal') as HTMLElement & { open(): void };
    modal.setAttribute('reset-on-close', '');
    document.body.append(modal);
    await customElements.whenDefined('pagefind-modal');
    modal.addEventListener('close', () => returnFocusTo.focus(), true);
  }
  modal.open();
  if (query) {
    const input = modal.querySelector<HTMLInputElement>('input');
    if (input) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    instance.triggerSearch(query);
  }
}
