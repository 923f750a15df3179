/** Induction modules a member has completed, kept in this browser only. */
import { readIds, writeIds } from '../../lib/browser-store';

const KEY = 'kb.training-completed';
export const completedModules = () => readIds(KEY);

export function setCompleted(id: string, done: boolean): void {
  const current = completedModules().filter((m) => m !== id);
  writeIds(KEY, done ? [...current, id] : current);
}
