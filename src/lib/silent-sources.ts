/**
 * "Silent source" phrases: places where a page tells the reader that its sources say nothing about
 * something ("the pack does not say", "the sources are silent", "check the current version before you
 * rely on it"). Each one sends the reader elsewhere for an answer. Where the law or a primary source
 * answers, the page should answer; what is left should be a true gap that no primary source fills.
 *
 * The patterns follow the phrasings the site has used, and are kept narrow so that findings about
 * practice ("plans did not name the risks", "records did not show") are not counted: the subject of
 * the verb must be a document or the people who wrote it, or a pronoun standing for one.
 */

/** Words that name a document the site reads, or the group that wrote it. */
const DOCUMENT = String.raw`(?:sources?|pack|report|reports|papers|documents|extract|minutes|findings|key|working group|the group|guidance|action plan|account|recommendations)`;

/** Verbs of telling, in the forms used after "do/does/did not". */
const TELLING = String.raw`(?:say|name|give|state|record|list|set out|mention|describe|explain|specify|define|cover|report|tell|assess|show|discuss|spell out|reconcile|reflect on)`;

export interface SilentPattern {
  /** Why the phrasing counts, in a few words. */
  reason: string;
  pattern: RegExp;
}

export const SILENT_SOURCE_PATTERNS: SilentPattern[] = [
  {
    reason: 'a document is said not to tell',
    pattern: new RegExp(
      String.raw`\b${DOCUMENT}(?:\s+on\s+this\s+site)?,?\s+(?:also\s+|therefore\s+|itself\s+|then\s+)?(?:do|does|did)\s+not\s+${TELLING}\b`,
      'gi',
    ),
  },
  {
    reason: 'a pronoun for a document is said not to tell',
    pattern:
      /\b(?:it|they)\s+(?:also\s+)?(?:do|does|did)\s+not\s+(?:say|name|mention|describe|explain|define|report|record|list|discuss|reconcile|spell out)\b/gi,
  },
  {
    reason: 'a document gives no figure, date or detail',
    pattern: new RegExp(String.raw`\b(?:${DOCUMENT}|it|they)\s+(?:also\s+)?gives?\s+no\b`, 'gi'),
  },
  {
    reason: 'nothing is given',
    pattern: /\bno\s+(?:figures?|ratings?|numbers?|dates?|timescale|amounts?|detail)\s+(?:is|are)\s+given\b/gi,
  },
  { reason: 'a document never tells', pattern: /\bnever\s+(?:defines|says|mentions|names|explains)\b/gi },
  { reason: 'says nothing', pattern: /\bsays?\s+nothing\b/gi },
  { reason: 'is silent', pattern: /\b(?:is|are|were|was)\s+silent\b/gi },
  { reason: 'gives only a name', pattern: /\bgives?\s+only\s+(?:the|its)\s+name\b/gi },
  { reason: 'not mentioned in a document', pattern: /\bnot\s+(?:mentioned|named|described)\s+in\s+(?:the|our|any|its)\b/gi },
  { reason: 'not among the sources', pattern: /\bnot\s+(?:among|in)\s+(?:this site's|our)\s+sources\b/gi },
  { reason: 'not known from the sources', pattern: /\bnot\s+known\s+from\s+the\s+sources\b/gi },
  {
    reason: 'sends the reader to check elsewhere',
    pattern:
      /\bcheck\s+the\s+current\s+(?:version|rules)\b(?:[^.\n]*?\bbefore\s+you\s+rely\s+on\s+(?:it|them))?|\bbefore\s+you\s+rely\s+on\b/gi,
  },
];

export interface SilentPhrase {
  /** 1-based line number in the text. */
  line: number;
  /** The matched words. */
  match: string;
  reason: string;
}

/**
 * Every silent-source phrase in a text, at most one per pattern position. Overlapping matches of two
 * patterns on the same words (e.g. "the sources do not say" and "they do not say") count once.
 */
export function findSilentSourcePhrases(text: string): SilentPhrase[] {
  const found: (SilentPhrase & { start: number; end: number })[] = [];
  for (const { reason, pattern } of SILENT_SOURCE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const line = text.slice(0, start).split('\n').length;
      found.push({ line, match: m[0], reason, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start).map(({ line, match, reason }) => ({ line, match, reason }));
}
