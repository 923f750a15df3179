/**
 * Council editions: one folder per council under `content/editions/<council>/`, holding `council.mdx`,
 * `inspections/` and `recommendations/`. The full site (no EDITION) has every edition; `EDITION=<council>`
 * builds the national pages with that one council's inspections and recommendations.
 *
 * Plain Node (no Astro imports): the content config, the Markdown processor, content.ts and the scripts share it.
 * Other editions are known only by their file names, so an edition's build does not grow with their number.
 */
import { existsSync, readdirSync } from 'node:fs';
import { contentRoot } from './content-root';

/** The folder of the editions, inside the content folder. */
export const EDITIONS_FOLDER = 'editions';

/** What an edition folder holds: the council, its inspections and recommendations, and the reports they cite. */
export const EDITION_PARTS = {
  council: 'council.mdx',
  inspections: 'inspections',
  recommendations: 'recommendations',
  sources: 'sources',
} as const;
export type EditionPart = 'inspections' | 'recommendations' | 'sources';

/** A council's folder name: lower case letters, digits and hyphens ("telford-and-wrekin"). It is the edition's name. */
export const EDITION_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const editionsDir = (root = contentRoot()) => `${root}/${EDITIONS_FOLDER}`;

/** The council folders under `content/editions/`, in name order. */
export function editionNames(dir = editionsDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
}

const checkedEditions = new Set<string>();

/** The edition asked for with EDITION, checked against the folders (once); undefined builds the full site. */
export function selectedEdition(value = process.env.EDITION, dir = editionsDir()): string | undefined {
  const name = value?.trim();
  if (!name) return undefined;
  if (checkedEditions.has(`${dir}\0${name}`)) return name;
  const names = editionNames(dir);
  if (!names.includes(name)) {
    throw new Error(
      `EDITION=${name}: there is no folder ${dir}/${name}/. ` +
        (names.length ? `The editions are: ${names.join(', ')}.` : 'There are no editions yet: run npm run new:council.'),
    );
  }
  checkedEditions.add(`${dir}\0${name}`);
  return name;
}

/** The glob pattern, relative to the editions folder, for one part of the editions in this build. */
export function editionPattern(part: EditionPart | 'council', edition = selectedEdition()): string {
  const folder = edition ?? '*';
  return part === 'council' ? `${folder}/council.{md,mdx}` : `${folder}/${part}/**/*.{md,mdx}`;
}

/** The id the glob loader would give a file at this path: its name without extension, slugified. */
export function entryIdFromPath(file: string): string {
  const name = file.split('/').pop() ?? file;
  return name
    .replace(/\.(md|mdx)$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9\-_]+/g, '-');
}

/** The Markdown files of one part of one edition, as paths. */
export function editionFiles(edition: string, part: EditionPart, dir = editionsDir()): string[] {
  const folder = `${dir}/${edition}/${part}`;
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => `${folder}/${f}`);
}

const indexes = new Map<string, Map<string, string>>();

/**
 * Every recommendation id in every edition, with the edition it belongs to, from file names alone (no file is read).
 * An id in two editions keeps the first; the integrity check reports the duplicate.
 */
export function recommendationEditions(dir = editionsDir()): Map<string, string> {
  let index = indexes.get(dir);
  if (!index) {
    index = new Map();
    for (const edition of editionNames(dir)) {
      for (const file of editionFiles(edition, 'recommendations', dir)) {
        const id = entryIdFromPath(file);
        if (!index.has(id)) index.set(id, edition);
      }
    }
    indexes.set(dir, index);
  }
  return index;
}

/**
 * Whether this build keeps a reference to a recommendation: the full site keeps all; an edition keeps its own, and
 * ids found in no edition (so the integrity check reports them as missing). Other councils' are left out.
 */
export function keepsRecommendation(id: string, edition = selectedEdition(), index = recommendationEditions()): boolean {
  if (!edition) return true;
  const owner = index.get(id);
  return owner === undefined || owner === edition;
}

/** The recommendation id a root-relative link points to (`/recommendations/ofsted-walsall-2017-8/#x` → its id). */
export function recommendationIdInHref(href: string): string | undefined {
  const match = /^\/recommendations\/([^/#?]+)\/?(?:[#?].*)?$/.exec(href);
  return match && match[1] !== 'matrix' ? match[1] : undefined;
}

/** A reference, or a link, to another council's recommendation: its id, or undefined. */
export function leftOutRecommendation(
  value: unknown,
  keeps: (id: string) => boolean = (id) => keepsRecommendation(id),
): string | undefined {
  if (typeof value === 'string') {
    const id = recommendationIdInHref(value);
    return id !== undefined && !keeps(id) ? id : undefined;
  }
  if (value && typeof value === 'object' && (value as { collection?: unknown }).collection === 'recommendations') {
    const id = (value as { id?: unknown }).id;
    return typeof id === 'string' && !keeps(id) ? id : undefined;
  }
  return undefined;
}

/** A reference or link to another council's recommendation, left out of an edition build. */
export interface LeftOut {
  /** The field path in the entry, e.g. `recommendations[2]` or `reading[0]`. */
  field: string;
  /** The recommendation id left out. */
  id: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/**
 * Removes references and links to other councils' recommendations from an entry's data, listing each one.
 * A list item goes when it is such a reference or link, or is an object with one as a direct field (`related[]`,
 * `reading[]`); the list itself stays. Nothing changes in the full site.
 */
export function scopeToEdition<T>(
  data: T,
  keeps: (id: string) => boolean = (id) => keepsRecommendation(id),
): { data: T; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const foreignIn = (item: unknown) =>
    leftOutRecommendation(item, keeps) ??
    (isPlainObject(item)
      ? Object.values(item)
          .map((v) => leftOutRecommendation(v, keeps))
          .find(Boolean)
      : undefined);
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) {
      const kept: unknown[] = [];
      value.forEach((item, i) => {
        const id = foreignIn(item);
        if (id) leftOut.push({ field: `${path}[${i}]`, id });
        else kept.push(walk(item, `${path}[${i}]`));
      });
      return kept;
    }
    if (isPlainObject(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, walk(v, path ? `${path}.${key}` : key)]));
    }
    return value;
  };
  return { data: walk(data, '') as T, leftOut };
}
