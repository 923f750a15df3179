/**
 * Induction progress, kept in this browser only: which modules are complete, and the answers picked in each
 * module's self-check. A module becomes complete when its self-check is answered with every answer right.
 */
import { readIds, writeIds } from '../../lib/browser-store';

const COMPLETED_KEY = 'kb.training-completed';
const answersKey = (moduleId: string) => `kb.self-check.${moduleId}`;
/** Stored with the answers once the reader has pressed "Check my answers". */
const CHECKED = 'checked';

/** Fired on `document` whenever a module is marked complete or not done; `detail` is `{ id, done }`. */
export const PROGRESS_EVENT = 'training-progress-change';
export type ProgressChange = { id: string; done: boolean };

export const completedModules = () => readIds(COMPLETED_KEY);

export function setCompleted(id: string, done: boolean): void {
  const current = completedModules().filter((m) => m !== id);
  writeIds(COMPLETED_KEY, done ? [...current, id] : current);
  document.dispatchEvent(new CustomEvent<ProgressChange>(PROGRESS_EVENT, { detail: { id, done } }));
}

/** The self-check answers saved for a module: option picked per question (by index), and whether they were checked. */
export function savedAnswers(moduleId: string): { picks: Map<number, number>; checked: boolean } {
  const ids = readIds(answersKey(moduleId));
  const picks = new Map<number, number>();
  for (const id of ids) {
    const match = /^q(\d+)=(\d+)$/.exec(id);
    if (match) picks.set(Number(match[1]), Number(match[2]));
  }
  return { picks, checked: ids.includes(CHECKED) };
}

export function saveAnswers(moduleId: string, picks: Map<number, number>, checked: boolean): void {
  writeIds(answersKey(moduleId), [...[...picks].map(([q, option]) => `q${q}=${option}`), ...(checked ? [CHECKED] : [])]);
}

/** Marks each `li[data-module]` under `root` complete or not (data-complete); returns the items and the count done. */
export function markCompleted(root: ParentNode): { items: HTMLElement[]; done: number } {
  const completed = new Set(completedModules());
  const items = [...root.querySelectorAll<HTMLElement>('li[data-module]')];
  for (const item of items) item.dataset.complete = String(completed.has(item.dataset.module!));
  return { items, done: items.filter((i) => i.dataset.complete === 'true').length };
}
