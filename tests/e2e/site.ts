/** Reads the built site: every page path from the sitemap, and HTML files from disk. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = new URL('../../dist/', import.meta.url).pathname;
export const DIST_KB = new URL('../../dist-kb/', import.meta.url).pathname;

/** Every page the sitemap lists, as a path from the site root ("/glossary/"), plus the 404 page. */
export function sitemapPaths(dist = DIST): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.split('/').pop()!);
  const paths = maps.flatMap((file) =>
    [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
  );
  return [...new Set(paths)].sort();
}

/** Every HTML file in a build, as [path served, file]. */
export function htmlFiles(dist = DIST): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.html'))
        out.push([entry.name === 'index.html' ? prefix : `${prefix}${entry.name}`, join(dir, entry.name)]);
    }
  };
  walk(dist, '/');
  return out.sort();
}

export function fileForPath(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c));
}

export const readHtml = (file: string) => readFileSync(file, 'utf8');

/** Paths of the content pages (one per collection entry), read from the sitemap. */
export function contentPagePaths(dist = DIST): string[] {
  return sitemapPaths(dist).filter(
    (p) =>
      /^\/(permanence|glossary|legislation|questions|case-studies|guides|training)\/[^/]+\/$/.test(p) &&
      !/^\/(permanence\/compare|questions\/pack|training\/summary)\/$/.test(p),
  );
}
