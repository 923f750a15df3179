/** Static packs are printed in parts of at most this many questions, so each page stays light and usable. */
export const PART_SIZE = 10;

export function partsOf<T>(items: T[]): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += PART_SIZE) parts.push(items.slice(i, i + PART_SIZE));
  return parts;
}

/** Page paths for every part: part 1 at the pack's own path, the rest at `<path><n>/`. */
export function partPaths<T>(items: T[], path: string) {
  return partsOf(items).map((part, i) => ({ part: i + 1, items: part, path: i === 0 ? path : `${path}${i + 1}/` }));
}
