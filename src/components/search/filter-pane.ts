/**
 * The search page's filters: type, topic, audience, inspection and recommendation, as groups of checkboxes.
 * Choices within a group widen (any of them), groups narrow (all of them). Filtering happens on the query layer's
 * merged results, so the pages of each filter value are read from Pagefind once (a search with a filter and no words).
 */
import { yieldToBrowser, type PagefindApi, type ResultData } from './pagefind-loader';
import type { EngineResult } from './run-search';

/** Filter names as indexed (SearchIndexMeta.astro), and their headings. */
export const FILTER_GROUPS = [
  ['type', 'Type'],
  ['topic', 'Topic'],
  ['audience', 'Audience'],
  ['inspection', 'Inspection'],
  ['recommendation', 'Recommendation'],
] as const;
export type FilterName = (typeof FILTER_GROUPS)[number][0];

/** Readable names for filter values that are ids (inspections, recommendations), written into the search page. */
export type FilterLabels = Partial<Record<FilterName, Record<string, string>>>;

export class FilterPane {
  private pages = new Map<string, Map<string, Set<string>>>();
  private readonly rows = new Map<FilterName, Array<{ value: string; text: string; label: HTMLLabelElement }>>();
  private readonly chosen = new Map<FilterName, Set<string>>();

  constructor(
    private readonly container: HTMLElement,
    private readonly labels: FilterLabels,
    private readonly onChange: () => void,
  ) {
    container.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.type !== 'checkbox') return;
      const group = box.name as FilterName;
      const values = this.chosen.get(group) ?? new Set<string>();
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      this.chosen.set(group, values);
      this.onChange();
    });
  }

  /** Choices as address parameters (type=Question&topic=Adoption). */
  get params(): Array<[string, string]> {
    return [...this.chosen].flatMap(([group, values]) => [...values].map((v): [string, string] => [group, v]));
  }

  choose(params: URLSearchParams): void {
    for (const [group] of FILTER_GROUPS) {
      const values = params.getAll(group);
      if (values.length) this.chosen.set(group, new Set(values));
    }
  }

  /** Reads which pages carry each filter value. */
  async load(pagefind: PagefindApi): Promise<void> {
    if (this.pages.size > 0) return;
    const all = await pagefind.filters();
    const pages = new Map<string, Map<string, Set<string>>>();
    for (const [group] of FILTER_GROUPS) {
      const byValue = new Map<string, Set<string>>();
      for (const value of Object.keys(all[group] ?? {})) {
        await yieldToBrowser();
        const found = await pagefind.search(null, { filters: { [group]: value } });
        byValue.set(value, new Set(found.results.map((r) => r.id)));
      }
      pages.set(group, byValue);
    }
    this.pages = pages;
  }

  get loaded(): boolean {
    return this.pages.size > 0;
  }

  /** The results that pass every group with a choice. */
  apply<R extends EngineResult<ResultData>>(results: R[], except?: FilterName): R[] {
    if (!this.loaded) return results;
    const active = [...this.chosen].filter(([group, values]) => group !== except && values.size > 0);
    return results.filter((r) => active.every(([group, values]) => [...values].some((v) => this.pages.get(group)?.get(v)?.has(r.id))));
  }

  /** Fills the groups (already in the page) for a new set of results: values found in them, with counts. */
  build(results: EngineResult<ResultData>[]): void {
    this.rows.clear();
    for (const [group] of FILTER_GROUPS) {
      const values = [...(this.pages.get(group) ?? new Map<string, Set<string>>())]
        .map(([value, ids]) => ({ value, label: this.labels[group]?.[value] ?? value, count: results.filter((r) => ids.has(r.id)).length }))
        .filter((v) => v.count > 0 || this.chosen.get(group)?.has(v.value))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
      this.fill(group, values);
    }
    this.updateCounts(results);
  }

  /**
   * Updates the counts after a choice, keeping every checkbox where it is (and focus on it). Each group is counted
   * as if its own choices were not made, so a count says what ticking that box would add.
   */
  updateCounts(results: EngineResult<ResultData>[]): void {
    for (const [group, heading] of FILTER_GROUPS) {
      const pool = this.apply(results, group);
      const chosen = this.chosen.get(group)?.size ?? 0;
      for (const row of this.rows.get(group) ?? []) {
        const ids = this.pages.get(group)?.get(row.value);
        row.label.textContent = `${row.text} (${pool.filter((r) => ids?.has(r.id)).length})`;
      }
      const summary = this.container.querySelector(`details[data-group="${group}"] > summary`);
      if (summary) summary.textContent = chosen ? `${heading} (${chosen} chosen)` : heading;
    }
  }

  private fill(group: FilterName, values: Array<{ value: string; label: string; count: number }>): void {
    const details = this.container.querySelector<HTMLDetailsElement>(`details[data-group="${group}"]`);
    const fieldset = details?.querySelector('fieldset');
    if (!details || !fieldset) return;
    const chosen = this.chosen.get(group) ?? new Set<string>();
    details.hidden = values.length === 0;
    if (chosen.size > 0 || (group === 'type' && matchMedia('(min-width: 50rem)').matches)) details.open = true;
    const rows: Array<{ value: string; text: string; label: HTMLLabelElement }> = [];
    const options = values.map(({ value, label: text }, i) => {
      const id = `filter-${group}-${i}`;
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, name: group, value, checked: chosen.has(value) });
      const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: text });
      const row = document.createElement('div');
      row.className = 'filter-option';
      row.append(box, label);
      rows.push({ value, text, label });
      return row;
    });
    fieldset.replaceChildren(fieldset.querySelector('legend')!, ...options);
    this.rows.set(group, rows);
  }
}
