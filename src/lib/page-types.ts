/** How each collection is named to readers: kept with the collections in `src/collections/registry.ts`. */
export { TYPE_LABELS } from '../collections/registry';
