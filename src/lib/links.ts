/**
 * Rules for the links on built pages, as pure functions so tests can check each rule.
 * The build applies them to every page (`src/integrations/link-check.ts`) and names the content file and line.
 */

/**
 * Hosts that have no https version, so an `http://` link to them is allowed. Every other `http://` link is refused:
 * the sites this knowledge base cites (legislation.gov.uk, GOV.UK, Ofsted, councils, the LGA) all serve https.
 * Add a host here only after checking that its https address does not work.
 */
export const HTTP_ONLY_HOSTS: ReadonlySet<string> = new Set<string>([]);

/** Schemes that run code or smuggle content into a page: never allowed in a link. */
const UNSAFE_SCHEMES = new Set(['javascript', 'data', 'vbscript', 'file', 'blob']);

/** What a link check needs to know about the built site. */
export interface BuiltSite {
  /** Whether a built file answers this path (from the site root, without the base path): `/glossary/`, `/feed.xml`. */
  resolve(path: string): string | undefined;
  /** The element ids on a built page (by the key `resolve` returned), and the ids of its headings, in order. */
  ids(page: string): { all: ReadonlySet<string>; headings: readonly string[] };
  /** Every page path, to suggest one when a link points nowhere. */
  paths(): readonly string[];
}

export type LinkVerdict =
  { kind: 'internal' } | { kind: 'external'; url: string } | { kind: 'other' } | { kind: 'problem'; message: string };

/** The text of an href attribute as a browser reads it: entities decoded, tabs and newlines dropped, ends trimmed. */
export function decodeHref(raw: string): string {
  return (
    raw
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/[\t\n\r]/g, '')
      // eslint-disable-next-line no-control-regex -- as browsers strip C0 controls and spaces from an href
      .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  );
}

/** The link as an editor wrote it in content: the base path that the build adds is taken off again. */
export function asWritten(href: string, base: string): string {
  return base !== '/' && href.startsWith(base) ? `/${href.slice(base.length)}` : href;
}

/** Judges one link on a built page (`page` is the page's path from the site root, e.g. `/glossary/care-order/`). */
export function checkLink(rawHref: string, page: string, base: string, site: BuiltSite): LinkVerdict {
  const href = decodeHref(rawHref);
  if (href === '') return { kind: 'other' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1].toLowerCase();
  if (scheme && UNSAFE_SCHEMES.has(scheme)) {
    return {
      kind: 'problem',
      message: `a "${scheme}:" link runs code or hides content in the page, so it is refused: link to a page of this site or to an https:// address`,
    };
  }
  if (scheme === 'http') {
    const url = safeUrl(href);
    if (url && HTTP_ONLY_HOSTS.has(url.hostname)) return { kind: 'external', url: href };
    return {
      kind: 'problem',
      message: `"http://" is not secure: write ${url ? `https://${href.slice('http://'.length)}` : 'the https:// address'} (if that site truly has no https version, add its host to HTTP_ONLY_HOSTS in src/lib/links.ts)`,
    };
  }
  if (scheme === 'https')
    return safeUrl(href)
      ? { kind: 'external', url: href }
      : { kind: 'problem', message: 'is not a valid web address: check it for spaces or typing mistakes' };
  if (scheme === 'mailto' || scheme === 'tel') return { kind: 'other' };
  if (scheme)
    return {
      kind: 'problem',
      message: `"${scheme}:" links are not allowed: link to a page of this site, an https:// address, or a mailto: address`,
    };
  if (href.startsWith('//')) return { kind: 'problem', message: `has no scheme: write the full address, https:${href}` };

  const target = new URL(href, `https://site.invalid${base}${page.replace(/^\//, '')}`);
  if (!target.pathname.startsWith(base)) {
    return {
      kind: 'problem',
      message: `points outside the site's base path ${base}: write content links from the site root (e.g. /glossary/), without the base path`,
    };
  }
  const path = `/${target.pathname.slice(base.length)}`;
  const file = site.resolve(path);
  if (!file) {
    const hint = suggest(path, site.paths());
    return {
      kind: 'problem',
      message: `no page at ${path}${hint}: check the address (a page's address is its folder and file name, e.g. content/glossary/care-order.mdx is /glossary/care-order/), or remove the link`,
    };
  }
  const fragment = safeDecode(target.hash.slice(1));
  if (fragment && file.endsWith('.html')) {
    const { all, headings } = site.ids(file);
    if (!all.has(fragment)) {
      const sections = headings.length
        ? `; its sections are ${headings
            .slice(0, 8)
            .map((id) => `#${id}`)
            .join(', ')}${headings.length > 8 ? ', …' : ''}`
        : '';
      return {
        kind: 'problem',
        message: `${path} has no "#${fragment}" on it${sections}: link to one of those, or to the page without the #part`,
      };
    }
  }
  return { kind: 'internal' };
}

/** " (did you mean /glossary/x/?)" when a page with the same last part of the address exists. */
function suggest(path: string, paths: readonly string[]): string {
  const last = path.split('/').filter(Boolean).pop();
  if (!last) return '';
  const match = paths.find((p) => p.split('/').filter(Boolean).pop() === last && p !== path);
  return match ? ` (did you mean ${match}?)` : '';
}

function safeUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The lines (from 1) of a text on which `written` appears as a whole link target (not as part of a longer one). */
export function linesWithLink(text: string, written: string): number[] {
  if (!written) return [];
  const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|[^\\w/.#%:-])${escaped}($|[^\\w/.#%-])`);
  return text.split('\n').flatMap((line, i) => (pattern.test(line) ? [i + 1] : []));
}
