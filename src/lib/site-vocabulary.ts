/**
 * The site's vocabulary, for spelling suggestions: every word of the indexed part of each built page (its main
 * content, hidden other names included) and of its search metadata, most used first (by the number of pages).
 * It is a superset of what Pagefind indexes, so a word it lacks is on no page.
 */
import { decodeEntities } from '../components/search/html-entities';
import { textKeys } from '../components/search/query-text';

/** The text Pagefind reads from one built page: its `data-pagefind-body` element and its metadata values. Empty if not indexed. */
export function indexedText(html: string): string {
  const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body/i);
  if (start < 0) return '';
  const body = html.slice(start, html.lastIndexOf('</main>') > start ? html.lastIndexOf('</main>') : undefined);
  const meta = [...body.matchAll(/data-pagefind-(?:meta|filter)="[^":]*:([^"]*)"/g)].map((m) => m[1]);
  const text = body.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
  return decodeEntities(`${text} ${meta.join(' ')}`);
}

/** Words (three letters or more) of the given page texts, with the number of pages each is on. */
export function pagesByWord(pageTexts: string[]): Map<string, number> {
  const pages = new Map<string, number>();
  for (const text of pageTexts) {
    for (const key of new Set(textKeys(text))) if (key.length >= 3) pages.set(key, (pages.get(key) ?? 0) + 1);
  }
  return pages;
}
