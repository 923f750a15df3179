/**
 * Spelling against the site's own vocabulary: every word on the site, more used words first (built at build time,
 * served as search/vocabulary.txt, see `encodeVocabulary`).
 */

/** Pages a word must be on to be in each band of the vocabulary file, most used band first. */
const BANDS = [20, 5, 2, 1];

/**
 * The vocabulary as compact text: one line per band of use (on 20 pages or more, 5 or more, 2 or more, 1), each
 * line the band's words in alphabetical order, each word written as the number of letters it shares with the word
 * before (0 to 9) and then the rest of it: "0care5er5ers" is care, carer, carers. Words are a to z only.
 */
export function encodeVocabulary(pagesByWord: Map<string, number>): string {
  return BANDS.map((min, i) => {
    const band = [...pagesByWord]
      .filter(([, n]) => n >= min && (i === 0 || n < BANDS[i - 1]))
      .map(([w]) => w)
      .sort();
    let previous = '';
    return band
      .map((word) => {
        let shared = 0;
        while (shared < 9 && shared < word.length && word[shared] === previous[shared]) shared++;
        previous = word;
        return `${shared}${word.slice(shared)}`;
      })
      .join('');
  }).join('\n');
}

/** The words of `encodeVocabulary`'s text, most used band first. */
export function decodeVocabulary(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split('\n')) {
    let previous = '';
    for (const [, shared, rest] of line.matchAll(/(\d)([a-z]*)/g)) {
      previous = previous.slice(0, Number(shared)) + rest;
      words.push(previous);
    }
  }
  return words;
}

export class Vocabulary {
  private readonly rank = new Map<string, number>();
  private readonly sorted: string[];

  /** `words` in order of use, more used first. */
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
