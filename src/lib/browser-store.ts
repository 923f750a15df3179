/** A list of ids kept in this browser only (localStorage). Nothing is sent anywhere. */
export function readIds(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Saves the ids without repeats. Storage may be blocked; callers keep working for this page. */
export function writeIds(key: string, ids: string[]): void {
  try {
    localStorage.setItem(key, JSON.stringify([...new Set(ids)]));
  } catch {
    /* Blocked storage: the page still works, the list is not kept. */
  }
}
