import { describe, expect, it } from 'vitest';
import { datesAsWritten, lineOfField, readAsWritten } from '../../src/lib/frontmatter';

const file = `---
title: A page
lastReviewed: 2026-13-45
selfCheck:
  - question: First?
    options: [a, b]
    answer: 0
  - question: "Second?"
    options:
      - a
      - b
    answer: 9
sources:
  - source: doc
    section: One
---

Body text.
`;

describe('frontmatter read as written', () => {
  it('keeps dates as the text written, so an impossible date can be seen', () => {
    expect(readAsWritten(file).lastReviewed).toBe('2026-13-45');
  });

  it('replaces only Dates with the text written', () => {
    const astro = { title: 'A page', lastReviewed: new Date(Date.UTC(2027, 1, 14)), sources: [{ source: 'doc', section: 'One' }], n: 3 };
    expect(datesAsWritten(astro, readAsWritten(file))).toEqual({ title: 'A page', lastReviewed: '2026-13-45', sources: [{ source: 'doc', section: 'One' }], n: 3 });
  });

  it('finds the line of a field, however deep', () => {
    expect(lineOfField(file, ['title'])).toBe(2);
    expect(lineOfField(file, ['lastReviewed'])).toBe(3);
    expect(lineOfField(file, ['selfCheck', 0, 'answer'])).toBe(7);
    expect(lineOfField(file, ['selfCheck', 1, 'answer'])).toBe(12);
    expect(lineOfField(file, ['selfCheck', 1, 'options', 1])).toBe(11);
    expect(lineOfField(file, ['sources', 0, 'section'])).toBe(15);
  });

  it('falls back to the nearest parent that is written', () => {
    expect(lineOfField(file, ['sources', 0, 'url'])).toBe(14);
    expect(lineOfField(file, ['summary'])).toBeUndefined();
  });
});
