/**
 * Shows search results and what the query layer did, the same on the search page and in the dialog.
 * Each result is an `<li>` of the list marked `data-search-results`, in rank order, its first link the page
 * (the site contract); the list gets `data-search-state="done"` once results or the no-results message are shown.
 */
import { decodeEntities } from './html-entities';
import type { ResultData } from './pagefind-loader';
import type { EngineResult, SearchOutcome } from './run-search';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Pagefind's excerpt as nodes: its <mark>s kept, everything else text (never parsed as HTML). */
function excerptNodes(excerpt: string): Node[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      if (!marked) return document.createTextNode(decodeEntities(part));
      const mark = document.createElement('mark');
      mark.textContent = decodeEntities(marked[1]);
      return mark;
    });
}

/** One result: the page's title as a link (first), its kind, an excerpt, and up to two matching sections. */
export function resultItem(data: ResultData, headingLevel: 2 | 3): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element(`h${headingLevel}`, 'search-result__title');
  const link = element('a', '', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  const label = data.meta.label ?? data.meta.type;
  if (label) item.append(element('p', 'search-result__type', label));
  if (data.excerpt) {
    const excerpt = element('p', 'search-result__excerpt');
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(excerpt);
  }
  const sections = (data.sub_results ?? []).filter((s) => s.url.includes('#') && (s.locations?.length ?? 0) > 0).slice(0, 2);
  if (sections.length > 0) {
    const list = element('ul', 'search-result__sections');
    for (const section of sections) {
      const li = document.createElement('li');
      const a = element('a', '', section.title);
      a.href = section.url;
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** Adds results [from, from + count) to the list, loading their data in parallel; false if `stillWanted` turned false. */
export async function appendResults(
  list: HTMLElement,
  results: EngineResult<ResultData>[],
  from: number,
  count: number,
  headingLevel: 2 | 3,
  stillWanted: () => boolean,
): Promise<boolean> {
  const data = await Promise.all(results.slice(from, from + count).map((r) => r.data()));
  if (!stillWanted()) return false;
  list.append(...data.map((d) => resultItem(d, headingLevel)));
  return true;
}

/**
 * What was searched, in words: corrections ("Did you mean …?"), the words searched ("Showing results for …"),
 * the site's words searched for everyday ones, words no page uses, and whether every word was found together.
 * `linkTo` makes the link for a suggested query.
 */
export function outcomeNotes(
  query: string,
  outcome: SearchOutcome<ResultData>,
  linkTo: (query: string) => HTMLAnchorElement,
): HTMLElement[] {
  const notes: HTMLElement[] = [];
  if (outcome.didYouMean) {
    const p = element('p', 'search-note search-note--suggestion', 'Did you mean ');
    const link = linkTo(outcome.didYouMean);
    link.textContent = outcome.didYouMean;
    p.append(link, '?');
    notes.push(p);
  }
  if (outcome.changed && outcome.searched) {
    const p = element('p', 'search-note', 'Showing results for ');
    p.append(element('strong', '', outcome.searched), '.');
    notes.push(p);
  }
  if (outcome.notFound.length > 0) {
    notes.push(
      element(
        'p',
        'search-note',
        `No page uses ${outcome.notFound.map((w) => `“${w}”`).join(' or ')}, so ${outcome.notFound.length > 1 ? 'they were' : 'it was'} left out.`,
      ),
    );
  }
  if (outcome.alsoSearched.length > 0 && outcome.results.length > 0) {
    notes.push(element('p', 'search-note', `Also searched for the words this site uses: ${outcome.alsoSearched.join(', ')}.`));
  }
  if (outcome.partial && outcome.results.length > 0) {
    notes.push(element('p', 'search-note', 'No page has all of these words, so pages with most of them come first.'));
  }
  if (outcome.results.length === 0) {
    const p = element('p', 'search-note search-note--none', `No results for “${query.trim()}”.`);
    notes.push(p, element('p', 'search-note', 'Try fewer words, another word for the same thing, or the A to Z glossary.'));
  }
  return notes;
}

/** "12 results", for the status line read by screen readers. */
export function countText(count: number): string {
  return count === 0 ? 'No results' : `${count} result${count === 1 ? '' : 's'}`;
}
