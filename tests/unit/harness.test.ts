import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => import('./harness/content').then((h) => h.mockedAstroContent()));

describe('harness smoke', () => {
  it('loads content', async () => {
    const content = await import('../../src/content');
    expect(content.questions.map((q) => q.id)).toEqual(['q-voice', 'q-plans', 'q-records']);
    console.log(content.recommendations[0]);
  });
});
