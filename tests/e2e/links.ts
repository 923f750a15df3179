/** The link check over a built site's files: every internal link and #fragment resolves, and no link text is vague. */
import { fileForPath, htmlFiles, readHtml } from './site';

const VAGUE = /^(click here|here|read more|more|link|this page|find out more|learn more)$/i;
const stripTags = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const idsIn = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

export function linkProblems(dist: string, base: string) {
  const problems: string[] = [];
  /** Every external link, with the pages it is on. */
  const external = new Map<string, Set<string>>();
  const idCache = new Map<string, Set<string>>();
  for (const [path, file] of htmlFiles(dist)) {
    const html = readHtml(file);
    for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
      const [, href, inner] = m;
      const text = stripTags(inner) || (/aria-label="([^"]+)"/.exec(m[0])?.[1] ?? '');
      if (VAGUE.test(text)) problems.push(`${path}: vague link text "${text}"`);
      if (/^(https?:)?\/\//.test(href) || href.startsWith('mailto:')) {
        if (!external.has(href)) external.set(href, new Set());
        external.get(href)!.add(path);
        continue;
      }
      if (href.startsWith('blob:') || href === '') continue;
      const target = new URL(href.replace(/&amp;/g, '&'), `http://site${base}${path.slice(1)}`);
      if (!target.pathname.startsWith(base)) {
        problems.push(`${path}: link outside the base path ${href}`);
        continue;
      }
      const local = '/' + target.pathname.slice(base.length);
      const targetFile = fileForPath(dist, local);
      if (!targetFile) {
        problems.push(`${path}: broken link ${href}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html')) {
        if (!idCache.has(targetFile)) idCache.set(targetFile, idsIn(readHtml(targetFile)));
        if (!idCache.get(targetFile)!.has(fragment)) problems.push(`${path}: missing fragment ${href}`);
      }
    }
    for (const m of html.matchAll(/<(?:link|script)\s[^>]*(?:href|src)="([^"]+)"/g)) {
      if (
        /^(https?:)?\/\//.test(m[1]) &&
        !m[0].includes('rel="canonical"') &&
        !m[0].includes('rel="alternate"') &&
        !m[0].includes('rel="sitemap"')
      )
        problems.push(`${path}: asset from another origin ${m[1]}`);
      else if (
        m[1].startsWith(base) &&
        !m[0].includes('rel="canonical"') &&
        !fileForPath(dist, '/' + m[1].slice(base.length).split('?')[0])
      )
        problems.push(`${path}: missing asset ${m[1]}`);
    }
  }
  return { problems, external };
}
