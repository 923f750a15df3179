import type { EverydayWord } from '../components/search/query-plan';
import { phraseKey } from '../components/search/query-plan';
import { decodeEntities } from '../components/search/html-entities';

/** An abbreviation as written: two to six capitals or digits, a capital first ("PLO", "CLA", "KS2"). */
const ABBREVIATION = /^[A-Z][A-Z0-9]{1,5}$/;
/** The longest site phrase an everyday word may search, as in the everyday words file. */
const MAX_PHRASE = 60;

/**
 * Abbreviations as everyday words, so "plo meeting" also searches "public law outline" and "cla health" also
 * searches "looked-after child". Read from the built pages: the glossary linker's `<abbr title="Public Law
 * Outline">PLO</abbr>`, and a page's other names written in capitals ("CLA" on the page titled Looked-after
 * child). Left out: an abbreviation the pages also use as an ordinary lower-case word ("send"), one the everyday
 * words file already maps (`claimed`, as phrase keys), and an expansion too long to search as a phrase.
 */
export function abbreviationWords(pages: string[], pageTexts: string[], claimed: ReadonlySet<string>): EverydayWord[] {
  const expansions = new Map<string, Set<string>>();
  const add = (abbreviation: string, expansion: string) => {
    const short = decodeEntities(abbreviation).trim();
    const long = decodeEntities(expansion)
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/,/g, '')
      .trim();
    if (!ABBREVIATION.test(short) || long.length > MAX_PHRASE || phraseKey(long) === phraseKey(short)) return;
    const key = phraseKey(short);
    if (!expansions.has(key)) expansions.set(key, new Set());
    expansions.get(key)!.add(long.toLowerCase());
  };

  for (const html of pages) {
    for (const m of html.matchAll(/<abbr\b[^>]*\btitle="([^"]+)"[^>]*>([^<]+)<\/abbr>/g)) add(m[2], m[1]);
    const title = html.match(/data-pagefind-meta="title:([^"]*)"/)?.[1];
    const aliases = html.match(/data-pagefind-meta="aliases:([^"]*)"/)?.[1];
    if (title && aliases) for (const alias of aliases.split(' / ')) add(alias, title);
  }

  const ordinary = new Set(pageTexts.flatMap((text) => text.match(/\b[a-z][a-z0-9]{1,5}\b/g) ?? []));
  return [...expansions]
    .filter(([key]) => !claimed.has(key) && !ordinary.has(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, means]) => ({ say: [key], means: [...means].sort() }));
}
