/**
 * Words of a query, the same way at build time (the vocabulary) and in the browser (the query layer).
 * A word's `key` is what we compare: lower case, accents and apostrophes dropped ("Children’s" → "childrens").
 */

export interface QueryWord {
  /** The word as typed, without the punctuation around it; this is what Pagefind is asked for. */
  text: string;
  /** Lower case, no accents, no apostrophes: what vocabularies and everyday words are matched on. */
  key: string;
}

/**
 * Question and filler words: they carry no subject, and Pagefind would otherwise require every one of them on a page.
 * Words that are part of the site's subject ("care", "order", "home", "put", "after", "close", "tell") are absent.
 */
export const QUESTION_WORDS = new Set(
  `a an the and or but if so as than then also just really very too quite
   what whats which who whom whose when where why how hows wheres whos
   is are was were be been being am isnt arent wasnt werent
   do does did doing done dont doesnt didnt have has had having havent hasnt
   can cant cannot could couldnt should shouldnt would wouldnt will wont shall may might must
   i im ive id me my mine myself we us our ours you your yours he him his she her hers they them their theirs
   it its this that these those there here someone somebody anyone anybody everyone something anything
   of to in on at for with without about from by into onto over under up out off
   need needs needed want wants wanted know knows get gets got getting give please
   mean means meaning meant stand stands explain explained definition define say says said ask asking asked understand
   any some all each every other another such only own same more most much many lot lots
   happen happens happened happening thing things stuff way ok okay yes no not
   supposed actually still even ever usually normally generally currently exactly basically probably maybe perhaps
   already yet again like sort kind bit take takes`
    .split(/\s+/)
    .filter(Boolean),
);

/** The comparison key of a word or phrase. */
export function wordKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .trim();
}

/** Splits a query into words: whitespace and punctuation separate, hyphens and apostrophes inside a word stay. */
export function queryWords(query: string): QueryWord[] {
  return query
    .split(/[\s,;:!?()[\]{}"“”«»/\\|+*=<>~^]+/u)
    .map((part) => part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((text) => text.length > 0)
    .map((text) => ({ text, key: wordKey(text) }))
    .filter((word) => word.key.length > 0);
}

/** Words of running text, for the vocabulary: letters only, hyphenated words split, keys as above. */
export function textKeys(text: string): string[] {
  return wordKey(text).match(/[a-z]+/g) ?? [];
}

/** True when every word is a question or filler word (then the query is searched as typed). */
export function onlyQuestionWords(words: QueryWord[]): boolean {
  return words.every((w) => QUESTION_WORDS.has(w.key));
}
