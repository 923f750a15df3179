/** Pure helpers for changes in law: which pages a change affects, and which changes affect a page. */
import type { AffectableCollection } from '../schemas/changes';

export interface AffectedPage {
  collection: AffectableCollection;
  id: string;
  note: string;
}

interface ChangeLike {
  id: string;
  data: { affects: Array<Record<string, unknown>> };
}

/** The pages a change names, as `{ collection, id, note }`, in the order written. */
export function affectedPages(change: ChangeLike): AffectedPage[] {
  return change.data.affects.map((item) => {
    const [collection, value] = Object.entries(item).find(([key]) => key !== 'note')!;
    const id = typeof value === 'string' ? value : String((value as { id: unknown }).id);
    return { collection: collection as AffectableCollection, id, note: String(item.note) };
  });
}

/** The changes that name a page, each with its note for that page, in the order of `changes` (newest first). */
export function changesAffecting<C extends ChangeLike>(changes: C[], collection: string, id: string): Array<{ change: C; note: string }> {
  return changes.flatMap((change) =>
    affectedPages(change)
      .filter((page) => page.collection === collection && page.id === id)
      .map((page) => ({ change, note: page.note })),
  );
}

/** The fragment that identifies a change on the changes page. */
export const changeAnchor = (id: string) => `change-${id}`;
