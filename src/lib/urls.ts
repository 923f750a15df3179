import { COLLECTION_PATHS, type PagedCollection } from '../collections/registry';

/** Site paths with the configured base (BASE_PATH) in front. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Prefix a root-relative path ("/glossary/") with the base path. */
export function href(path: string): string {
  if (!path.startsWith('/')) return path;
  return base + path.slice(1);
}

/** The base path itself, ending in a slash. */
export const basePath = base;

export { COLLECTION_PATHS, type PagedCollection } from '../collections/registry';

/** The served path of an entry's page (without base). */
export function entryPath(collection: PagedCollection, id: string): string {
  return `${COLLECTION_PATHS[collection]}${id}/`;
}

/** The served URL of an entry's page (with base). */
export function entryHref(collection: PagedCollection, id: string): string {
  return href(entryPath(collection, id));
}
