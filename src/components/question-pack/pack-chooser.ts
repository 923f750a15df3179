/**
 * <pack-chooser>: what JavaScript adds to a ready-made pack page. The page prints its ticked questions without it;
 * with it, the printed page carries today's date and the address as visited, a print button appears, and the
 * downloads hold the ticked questions only.
 */
import type { PackQuestion } from './pack-text';
import { packFile, saveFile } from './save-file';
import { markPrintDate, markPrintAddress } from './print-marks';

class PackChooser extends HTMLElement {
  questions?: Promise<Map<string, PackQuestion>>;

  connectedCallback() {
    markPrintDate(this);
    markPrintAddress(this, window.location.href.split('#')[0]);
    this.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((n) => (n.hidden = false));
    this.querySelectorAll<HTMLElement>('[data-no-js-note]').forEach((n) => (n.hidden = true));
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('[data-pick]')) this.announce();
    });
    this.querySelector('form')?.addEventListener('submit', (event) => this.openInBuilder(event));
    this.querySelectorAll<HTMLAnchorElement>('a[data-download]').forEach((a) =>
      a.addEventListener('click', (event) => void this.download(event, a)),
    );
  }

  boxes() {
    return [...this.querySelectorAll<HTMLInputElement>('input[data-pick]')];
  }

  /** "Change the ticked questions in the builder": the builder reads the pack from its address. */
  openInBuilder(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const ids = this.boxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
    const title = encodeURIComponent(form.dataset.builderTitle ?? '');
    window.location.assign(`${form.action}?q=${ids.join(',')}&title=${title}`);
  }

  announce() {
    const boxes = this.boxes();
    const ticked = boxes.filter((b) => b.checked).length;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    status.textContent =
      ticked === 0
        ? 'No questions ticked: tick at least one to print or download.'
        : `${ticked} of ${boxes.length} questions ticked. Printing and downloads will hold ${ticked === 1 ? 'that question' : 'those'} only.`;
  }

  /** Every question is ticked: the static file is right. Otherwise, make the file from the ticked questions. */
  async download(event: Event, link: HTMLAnchorElement) {
    const ids = this.boxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
    if (ids.length === this.boxes().length) return;
    event.preventDefault();
    if (ids.length === 0) {
      this.announce();
      return;
    }
    this.questions ??= fetch(this.dataset.source!)
      .then((r) => r.json())
      .then((data: { questions: PackQuestion[] }) => new Map(data.questions.map((q) => [q.id, q])));
    const byId = await this.questions;
    const chosen = ids.map((id) => byId.get(id)!).filter(Boolean);
    const { text, type } = await packFile(
      link.dataset.download === 'csv' ? 'csv' : 'md',
      this.dataset.title ?? 'Question pack',
      chosen,
      Number(this.dataset.start ?? 1),
    );
    saveFile(link.getAttribute('download')!, text, type);
  }
}
customElements.define('pack-chooser', PackChooser);
