/** <pack-builder>: choose questions, order them, title the pack, then print or download it. The address holds the pack. */
import { readPack, writePack } from './pack-store';
import { idsFromQuery, packFileName, type PackQuestion } from './pack-text';
import { packFile, saveFile } from './save-file';
import { make } from './make';

interface Data {
  topics: Record<string, string>;
  recommendations: Array<{ id: string; label: string }>;
  questions: Array<PackQuestion & { topics: string[]; recommendations: string[] }>;
}

const DEFAULT_TITLE = 'Scrutiny question pack';
const el = <T extends Element>(root: ParentNode, selector: string) => root.querySelector(selector) as T;

class PackBuilder extends HTMLElement {
  data!: Data;
  pack: string[] = [];
  /** Draws the printable pack; loaded when the browser is idle, after the controls work. */
  renderer?: typeof import('./pack-render');

  async connectedCallback() {
    try {
      const response = await fetch(this.dataset.source!);
      this.data = (await response.json()) as Data;
    } catch {
      return; // The ready-made packs below stay usable.
    }
    const known = new Set(this.data.questions.map((q) => q.id));
    const fromUrl = idsFromQuery(window.location.search, known);
    this.pack = fromUrl.length > 0 ? fromUrl : readPack().filter((id) => known.has(id));
    const title = new URLSearchParams(window.location.search).get('title');
    if (title) el<HTMLInputElement>(this, '#pack-title').value = title;
    this.fillPickers();
    this.bind();
    el<HTMLElement>(this, '.pack-builder').hidden = false;
    this.querySelectorAll<HTMLElement>('[data-static-fallback]').forEach((n) => (n.hidden = true));
    this.render();
    // Load the print layout when the browser is idle (or at once where it cannot say).
    (window.requestIdleCallback ?? setTimeout)(() => void this.loadRenderer());
  }

  async loadRenderer() {
    this.renderer ??= await import('./pack-render');
    this.renderPreview();
  }

  fillPickers() {
    const option = (value: string, label: string) => Object.assign(document.createElement('option'), { value, textContent: label });
    el<HTMLSelectElement>(this, '#pick-recommendation').append(...this.data.recommendations.map((r) => option(r.id, r.label)));
    const topics = Object.entries(this.data.topics).filter(([id]) => this.data.questions.some((q) => q.topics.includes(id)));
    el<HTMLSelectElement>(this, '#pick-topic').append(...topics.map(([id, label]) => option(id, label)));
    el<HTMLSelectElement>(this, '#pick-question').append(...this.data.questions.map((q) => option(q.id, q.title)));
  }

  bind() {
    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('button');
      if (!target) return;
      const add = target.dataset.add;
      const picked = (id: string) => el<HTMLSelectElement>(this, id).value;
      if (add === 'recommendation')
        this.add(this.data.questions.filter((q) => q.recommendations.includes(picked('#pick-recommendation'))).map((q) => q.id));
      if (add === 'topic') this.add(this.data.questions.filter((q) => q.topics.includes(picked('#pick-topic'))).map((q) => q.id));
      if (add === 'question') this.add([picked('#pick-question')]);
      const action = target.dataset.action;
      if (action === 'print') void this.loadRenderer().then(() => window.print());
      if (action === 'clear') this.update([], 'The pack is now empty.');
      const { move, id } = target.dataset;
      if (move && id) this.move(id, move);
    });
    el<HTMLInputElement>(this, '#pack-title').addEventListener('input', () => this.render());
    this.querySelectorAll<HTMLAnchorElement>('a[data-download]').forEach((a) =>
      a.addEventListener('click', (event) => {
        event.preventDefault();
        void packFile(a.dataset.download === 'csv' ? 'csv' : 'md', this.packTitle(), this.chosen()).then(({ text, type }) =>
          saveFile(a.download, text, type),
        );
      }),
    );
  }

  packTitle() {
    return el<HTMLInputElement>(this, '#pack-title').value.trim() || DEFAULT_TITLE;
  }

  chosen() {
    const byId = new Map(this.data.questions.map((q) => [q.id, q]));
    return this.pack.map((id) => byId.get(id)!).filter(Boolean);
  }

  add(ids: string[]) {
    const fresh = ids.filter((id) => !this.pack.includes(id));
    this.update(
      [...this.pack, ...fresh],
      fresh.length === 0
        ? 'Those questions are already in the pack.'
        : `Added ${fresh.length} ${fresh.length === 1 ? 'question' : 'questions'}.`,
    );
  }

  move(id: string, move: string) {
    const at = this.pack.indexOf(id);
    const next = [...this.pack];
    if (move === 'remove') {
      next.splice(at, 1);
      this.update(next, 'Question removed.');
      this.focusAfterRemove(at);
      return;
    }
    const to = move === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= next.length) return;
    [next[at], next[to]] = [next[to], next[at]];
    this.update(next, `Question moved ${move}.`);
    this.focusAfterMove(id, move);
  }

  /** Focus stays on the same button; at the top or bottom of the list, where it is disabled, on the other move button. */
  focusAfterMove(id: string, move: string) {
    const button = (m: string) => this.querySelector<HTMLButtonElement>(`.pack-builder__list [data-id="${id}"][data-move="${m}"]`);
    const target = [button(move), button(move === 'up' ? 'down' : 'up'), button('remove')].find((b) => b && !b.disabled);
    target?.focus();
  }

  /** Focus moves to the Remove button of the question now in that place (or the one before it), or to the list's heading. */
  focusAfterRemove(at: number) {
    const removes = [...this.querySelectorAll<HTMLButtonElement>('.pack-builder__list [data-move="remove"]')];
    (removes[at] ?? removes[at - 1] ?? el<HTMLElement>(this, '#order')).focus();
  }

  update(pack: string[], message: string) {
    this.pack = pack;
    writePack(pack);
    this.render();
    el<HTMLElement>(this, '[data-status]').textContent = message;
  }

  render() {
    const chosen = this.chosen();
    const title = this.packTitle();
    const params = new URLSearchParams();
    if (chosen.length) params.set('q', this.pack.join(','));
    if (title !== DEFAULT_TITLE) params.set('title', title);
    const query = params.toString().replace(/%2C/g, ',');
    history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);

    el<HTMLElement>(this, '[data-count]').textContent = String(chosen.length);
    el<HTMLElement>(this, '[data-empty]').hidden = chosen.length > 0;
    el<HTMLOListElement>(this, '.pack-builder__list').replaceChildren(...chosen.map((q, i) => this.listItem(q, i, chosen.length)));

    this.renderPreview();
    const name = packFileName(title);
    el<HTMLAnchorElement>(this, '[data-download="markdown"]').download = `${name}.md`;
    el<HTMLAnchorElement>(this, '[data-download="csv"]').download = `${name}.csv`;
  }

  /** The pack as it prints: the first page, then each question. */
  renderPreview() {
    if (!this.renderer) return;
    const chosen = this.chosen();
    const recs = this.data.recommendations.filter((r) => chosen.some((q) => q.recommendations.includes(r.id))).map((r) => r.label);
    const questions = make('ol', undefined, 'pack');
    questions.append(...chosen.map(this.renderer.packQuestion));
    el<HTMLElement>(this, '[data-preview]').replaceChildren(this.renderer.packCover(this.packTitle(), recs, chosen), questions);
    this.renderer.markPrintDate(this);
    this.renderer.markPrintAddress(this, window.location.href.split('#')[0]);
  }

  listItem(q: PackQuestion, i: number, count: number) {
    const li = make('li');
    li.dataset.id = q.id;
    li.append(make('span', q.title, 'pack-builder__item'));
    const controls = make('span', undefined, 'pack-builder__controls');
    const button = (move: string, label: string, disabled: boolean) => {
      const b = make('button', label, 'button button--secondary');
      b.type = 'button';
      b.dataset.move = move;
      b.dataset.id = q.id;
      b.disabled = disabled;
      b.setAttribute('aria-label', `${label}: ${q.title}`);
      return b;
    };
    controls.append(button('up', 'Move up', i === 0), button('down', 'Move down', i === count - 1), button('remove', 'Remove', false));
    li.append(controls);
    return li;
  }
}
customElements.define('pack-builder', PackBuilder);
