/**
 * What a query asks for: its parts ("slots"), once question and filler words are dropped, each with the site's
 * own words for it (from content/search/everyday-words.yaml) and, later, a spelling correction.
 */
import { QUESTION_WORDS, onlyQuestionWords, queryWords, wordKey, type QueryWord } from './query-text';
import type { Vocabulary } from './spelling';

/** One entry of the everyday words file, as served in search/query-words.json. */
export interface EverydayWord {
  say: string[];
  means: string[];
  /** The kind of page (its type) that answers a query with these words. */
  prefer?: string;
}

export interface Slot {
  /** The words as typed (one word, or a phrase from the everyday words). */
  typed: string;
  key: string;
  /** The site's words for what was typed, searched as well. */
  means: string[];
  /** The site word that the typed word seems to be a misspelling of. */
  correction?: string;
  /** True when the word is on no page and close to no site word: searching for it would find nothing useful. */
  unknown?: boolean;
}

export interface QueryPlan {
  slots: Slot[];
  /** Question and filler words left out. */
  dropped: string[];
  /** The kind of page the reader's words ask for ("questions to ask about …" asks for questions), if any. */
  prefer?: string;
}

/** Everyday words entries by key ("mates child"), with the longest phrase length, for matching runs of query words. */
export class EverydayIndex {
  private readonly byKey = new Map<string, EverydayWord>();
  readonly longest: number;

  constructor(entries: EverydayWord[]) {
    let longest = 1;
    for (const entry of entries) {
      for (const phrase of entry.say) {
        const key = phraseKey(phrase);
        this.byKey.set(key, entry);
        longest = Math.max(longest, key.split(' ').length);
      }
    }
    this.longest = longest;
  }

  entry(key: string): EverydayWord | undefined {
    return this.byKey.get(key);
  }
}

export function phraseKey(phrase: string): string {
  return queryWords(phrase)
    .map((w) => w.key)
    .join(' ');
}

/** Words that negate the everyday phrase after them ("can't go back home", "unable to return home"). */
const NEGATIONS = new Set(['cant', 'cannot', 'couldnt', 'wont', 'unable', 'never']);

function negated(words: QueryWord[], at: number): boolean {
  const before = words[at - 1]?.key === 'to' ? words[at - 2] : words[at - 1];
  return before !== undefined && NEGATIONS.has(before.key);
}

/**
 * Splits a query into slots: everyday phrases first (longest match), then single words; question words dropped.
 * A phrase that only says what kind of page is wanted ("questions to ask") sets `prefer` and is not searched.
 */
export function planQuery(query: string, everyday: EverydayIndex): QueryPlan {
  const words = queryWords(query);
  const keepQuestionWords = onlyQuestionWords(words);
  const slots: Slot[] = [];
  const dropped: string[] = [];
  let prefer: string | undefined;
  for (let i = 0; i < words.length;) {
    let matched = false;
    for (let length = Math.min(everyday.longest, words.length - i); length >= 1; length--) {
      const run = words.slice(i, i + length);
      const key = run.map((w) => w.key).join(' ');
      const entry = everyday.entry(key);
      if (!entry) continue;
      // A query made only of such a phrase ("what to ask") is searched as typed.
      if (entry.means.length === 0 && length === words.length) break;
      // "can't go home" is not about going home: a negated phrase is left out rather than searched as its opposite.
      const denied = entry.means.length > 0 && negated(words, i);
      if (!denied) prefer ??= entry.prefer;
      if (entry.means.length > 0 && !denied) slots.push({ typed: run.map((w) => w.text).join(' '), key, means: entry.means });
      else dropped.push(...run.map((w) => w.text));
      i += length;
      matched = true;
      break;
    }
    if (matched) continue;
    const word = words[i++];
    if (!keepQuestionWords && QUESTION_WORDS.has(word.key)) dropped.push(word.text);
    else slots.push({ typed: word.text, key: word.key, means: [] });
  }
  const seen = new Set<string>();
  return { slots: slots.filter((s) => !seen.has(s.key) && !!seen.add(s.key)), dropped, prefer };
}

/**
 * Checks single words against the site's vocabulary: a word the site does not use gets the closest site word
 * (one or two edits away) as its correction, or is marked unknown. Words `alreadyKnown` says are on the site are
 * not checked.
 */
export function correctSpelling(plan: QueryPlan, vocabulary: Vocabulary, alreadyKnown: (slot: Slot) => boolean = () => false): QueryPlan {
  return {
    ...plan,
    slots: plan.slots.map((slot) => {
      if (slot.means.length > 0 || slot.key.includes(' ') || alreadyKnown(slot) || vocabulary.knows(slot.key)) return slot;
      const correction = vocabulary.closest(slot.key);
      return correction ? { ...slot, correction } : { ...slot, unknown: true };
    }),
  };
}

/** The words searched, as a reader would write them: corrections in place of misspelt words, unknown words left out. */
export function searchedWords(plan: QueryPlan): string {
  return plan.slots
    .filter((s) => !s.unknown)
    .map((s) => s.correction ?? s.typed)
    .join(' ');
}

/** The query as the reader might have meant it: every word, misspelt ones corrected. */
export function correctedQuery(plan: QueryPlan): string {
  return plan.slots.map((s) => s.correction ?? s.typed).join(' ');
}

/** True when what is searched differs from what was typed (more than case and punctuation). */
export function changedFromTyped(query: string, plan: QueryPlan): boolean {
  return (
    wordKey(
      queryWords(query)
        .map((w) => w.text)
        .join(' '),
    ) !== wordKey(searchedWords(plan))
  );
}
