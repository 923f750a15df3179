/**
 * Plain-English measures for the public guide: sentence length and Flesch reading ease.
 * Syllables are estimated by vowel groups, which is close enough for a threshold check.
 */

/** Body text of an MDX file as plain sentences: frontmatter, headings' markers, links and emphasis removed. */
export function plainSentences(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const text = body
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`>#]/g, '')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/^\s*\d+\.\s+/gm, '');
  return text
    .split(/\n\s*\n|\n(?=\S)|(?<=[.!?])\s+(?=[A-Z0-9“"‘(])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

export const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
export function fleschReadingEase(sentences: string[]): number {
  const allWords = sentences.flatMap(words);
  const syllableCount = allWords.reduce((n, w) => n + syllables(w), 0);
  return 206.835 - 1.015 * (allWords.length / sentences.length) - 84.6 * (syllableCount / allWords.length);
}
