/**
 * Spelling against the site's own vocabulary: every word on the site, most used first (built at build time,
 * served as search/vocabulary.json).
 */

export class Vocabulary {
  private readonly rank = new Map<string, number>();
  private readonly sorted: string[];

  /** `words` in order of use, most used first. */
  constructor(readonly words: string[]) {
    words.forEach((word, i) => this.rank.set(word, i));
    this.sorted = [...words].sort();
  }

  /**
   * True when Pagefind can find the word: it is on the site, or is the start of a site word (Pagefind matches
   * prefixes, and someone may still be typing), or is a site word with an ending added ("fostered", "placements").
   */
  knows(key: string): boolean {
    if (this.rank.has(key) || /\d/.test(key) || key.length < 3) return true;
    if (key.length >= 4 && this.hasPrefix(key)) return true;
    for (let cut = 1; cut <= 3 && key.length - cut >= 4; cut++) if (this.rank.has(key.slice(0, -cut))) return true;
    return false;
  }

  /** The closest site word (one edit for short words, two for words of eight letters or more), most used first. */
  closest(key: string): string | undefined {
    if (key.length < 4) return undefined;
    const limit = key.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const word of this.words) {
      if (Math.abs(word.length - key.length) > limit || word.length < 3) continue;
      // Short words keep their first letter: "mate" is not a misspelling of "date".
      if (key.length < 6 && word[0] !== key[0]) continue;
      const distance = editDistance(key, word, bestDistance - 1);
      if (distance < bestDistance) {
        best = word;
        bestDistance = distance;
        if (distance === 1) break; // words are in order of use: the first at one edit is the likeliest
      }
    }
    return best;
  }

  private hasPrefix(key: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo].startsWith(key);
  }
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) to turn `a` into `b`; stops early and returns
 * `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
