import { afterEach, describe, expect, it, vi } from 'vitest';
import { importWithBase } from './harness/base';
import { formatDate, isoDate, today } from '../../src/lib/dates';
import { contentRoot } from '../../src/lib/content-root';

afterEach(() => vi.unstubAllEnvs());

describe.each([
  ['/', '/'],
  ['/kb/', '/kb/'],
  ['/kb', '/kb/'],
])('site paths with BASE_URL %s', (base, expected) => {
  it('put the base path, ending in one slash, in front of root-relative paths only', async () => {
    const urls = await importWithBase(base, () => import('../../src/lib/urls'));
    expect(urls.basePath).toBe(expected);
    expect(urls.href('/glossary/')).toBe(`${expected}glossary/`);
    expect(urls.href('/')).toBe(expected);
    expect(urls.href('glossary/')).toBe('glossary/');
    expect(urls.href('https://example.org/')).toBe('https://example.org/');
  });

  it('give each entry its section’s path, with and without the base', async () => {
    const urls = await importWithBase(base, () => import('../../src/lib/urls'));
    expect(urls.entryPath('case-studies', 'example-council')).toBe('/case-studies/example-council/');
    expect(urls.entryHref('recommendations', 'ofsted-walsall-2017-1')).toBe(`${expected}recommendations/ofsted-walsall-2017-1/`);
    expect(Object.entries(urls.COLLECTION_PATHS).every(([name, path]) => path === `/${name}/`)).toBe(true);
  });
});

describe('dates', () => {
  it('are written in words and as ISO dates, in UTC whatever the clock’s zone', () => {
    expect(formatDate(new Date('2026-11-23T23:30:00Z'))).toBe('23 November 2026');
    expect(formatDate(new Date('2026-01-05T00:00:00Z'))).toBe('5 January 2026');
    expect(isoDate(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
  });

  it('take the build date from SOURCE_DATE_EPOCH when it is set, else from the clock', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1764374400');
    expect(today().toISOString()).toBe('2025-11-29T00:00:00.000Z');
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    expect(Math.abs(today().getTime() - Date.now())).toBeLessThan(5000);
  });
});

describe('the content folder', () => {
  it('is content/ unless CONTENT_DIR names another, without a trailing slash', () => {
    vi.stubEnv('CONTENT_DIR', undefined);
    expect(contentRoot()).toBe('./content');
    vi.stubEnv('CONTENT_DIR', '/tmp/fixture/');
    expect(contentRoot()).toBe('/tmp/fixture');
    vi.stubEnv('CONTENT_DIR', '/tmp/fixture');
    expect(contentRoot()).toBe('/tmp/fixture');
  });
});
