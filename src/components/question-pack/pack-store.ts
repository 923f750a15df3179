/** The question pack in progress, kept in this browser only (localStorage). The URL is the shareable copy. */
const KEY = 'kb.question-pack';

export function readPack(): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function writePack(ids: string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify([...new Set(ids)]));
  } catch {
    /* Storage may be blocked; the URL still carries the pack. */
  }
}
