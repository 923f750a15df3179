/** Induction modules a member has completed, kept in this browser only. */
import { readIds, writeIds } from '../../lib/browser-store';

const KEY = 'kb.training-completed';
export const completedModules = () => readIds(KEY);

export function setCompleted(id: string, done: boolean): void {
  const current = completedModules().filter((m) => m !== id);
  writeIds(KEY, done ? [...current, id] : current);
}

/** Marks each `li[data-module]` under `root` complete or not (data-complete); returns the items and the count done. */
export function markCompleted(root: ParentNode): { items: HTMLElement[]; done: number } {
  const completed = new Set(completedModules());
  const items = [...root.querySelectorAll<HTMLElement>('li[data-module]')];
  for (const item of items) item.dataset.complete = String(completed.has(item.dataset.module!));
  return { items, done: items.filter((i) => i.dataset.complete === 'true').length };
}
