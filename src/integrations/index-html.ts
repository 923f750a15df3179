import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Pagefind runs text together across the end of some elements that a browser shows as separate blocks: `<dt>` and
 * `<dd>`, `<th>`, `<caption>`, `<figcaption>`, `<summary>`, `<hr>` and others. So "care</dd><dt>Address" was indexed
 * as one word, "careaddress", and neither word was found there. The HTML Pagefind reads gets a space after the end
 * of every element that is not inline text; the pages served are unchanged.
 */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data del dfn em i ins kbd label mark q s samp small span strong sub sup time u var'.split(' '),
);

export function separateBlocks(html: string): string {
  return html
    .replace(/<\/([a-z][a-z0-9-]*)\s*>/gi, (tag, name: string) => (INLINE.has(name.toLowerCase()) ? tag : `${tag} `))
    .replace(/<hr\b[^>]*>/gi, '$& ');
}

/** Every HTML file under `dir`, as the path Pagefind would be given (forward slashes, relative) and its text. */
export function htmlFiles(dir: string): { sourcePath: string; content: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ sourcePath: relative(dir, path).split(sep).join('/'), content: readFileSync(path, 'utf8') }));
}
