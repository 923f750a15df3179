/** Modules a member has completed, kept in this browser only. Nothing is sent anywhere. */
const KEY = 'kb.training-completed';

export function completedModules(): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function setCompleted(id: string, done: boolean): void {
  const current = new Set(completedModules());
  if (done) current.add(id);
  else current.delete(id);
  try {
    localStorage.setItem(KEY, JSON.stringify([...current]));
  } catch {
    /* Storage may be blocked: progress then lasts only for this page. */
  }
}
