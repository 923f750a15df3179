/**
 * The law on the permanence pages, checked in the content itself: each option's facts follow the hand-written table of
 * what the law says, every statement of law carries a citation, and every page whose law we checked says so and cites
 * a primary source at its address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isPrimaryKind, type SourceKind } from '../../src/schemas/sources';
import { EXPECTED, LAW_CHECKED_PAGES } from '../law/expected-permanence';

const CONTENT = new URL('../../content/', import.meta.url).pathname;
type Cite = { source: string; section: string; url?: string };
type Fact = { text: string; cite: Cite[] };
type Frontmatter = Record<string, unknown> & { sources: Cite[]; lawChecked?: Date | string; facts?: Record<string, unknown> };

const read = (path: string): Frontmatter =>
  load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, `${path}.mdx`), 'utf8'))![1]) as Frontmatter;
const sourceKinds = new Map(
  readdirSync(join(CONTENT, 'sources')).map((f) => [
    f.replace(/\.mdx$/, ''),
    read(`sources/${f.replace(/\.mdx$/, '')}`).kind as SourceKind,
  ]),
);
const isPrimary = (c: Cite) => isPrimaryKind(sourceKinds.get(c.source)!);
const options = readdirSync(join(CONTENT, 'permanence'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .map((id) => ({ id, data: read(`permanence/${id}`) }))
  .filter((o) => o.data.facts);
const LEGAL_FACTS = ['legalBasis', 'parentalResponsibility', 'lookedAfterNote', 'ends'] as const;

describe('the permanence options follow the law', () => {
  it('every option with facts is in the table of what the law says, and the other way round', () => {
    expect(options.map((o) => o.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`${id}: parental responsibility, routes and looked-after status match the law`, () => {
      const facts = read(`permanence/${id}`).facts!;
      expect(facts.prHolder, 'who holds parental responsibility').toBe(expected.holder);
      expect(facts.prRoutes ?? [], 'the usual legal routes').toEqual(expected.routes);
      expect(facts.lookedAfter, 'whether the child stays looked after').toBe(expected.lookedAfter);
      const prUrls = (facts.parentalResponsibility as Fact).cite.map((c) => c.url);
      for (const url of expected.prCites) expect(prUrls, 'the provisions the parental responsibility fact cites').toContain(url);
    });
  }

  it('an option that can rest on a care order cites section 33 for parental responsibility; one that can rest on agreement cites section 20', () => {
    for (const { id, data } of options) {
      const routes = (data.facts!.prRoutes as string[] | undefined) ?? [];
      const urls = (data.facts!.parentalResponsibility as Fact).cite.map((c) => c.url ?? '');
      if (routes.includes('council-shares')) expect(urls, id).toContain('https://www.legislation.gov.uk/ukpga/1989/41/section/33');
      if (routes.includes('parents-alone') && id !== 'return-to-birth-parents')
        expect(urls, id).toContain('https://www.legislation.gov.uk/ukpga/1989/41/section/20');
    }
  });

  it('every statement of law (legal basis, parental responsibility, looked-after status, how it ends) cites a known source', () => {
    for (const { id, data } of options) {
      for (const key of LEGAL_FACTS) {
        const fact = data.facts![key] as Fact;
        expect(fact.cite.length, `${id} facts.${key}`).toBeGreaterThan(0);
        for (const c of fact.cite) {
          expect(sourceKinds.has(c.source), `${id} facts.${key} cites ${c.source}`).toBe(true);
          if (c.url) expect(isPrimary(c), `${id} facts.${key}: an address is given only for a primary source`).toBe(true);
        }
      }
      const cited = LEGAL_FACTS.flatMap((key) => (data.facts![key] as Fact).cite);
      expect(
        cited.some((c) => c.url?.startsWith('https://www.legislation.gov.uk/')),
        `${id} cites legislation.gov.uk at least once`,
      ).toBe(true);
      expect((data.facts!.legalBasis as Fact).cite.some(isPrimary), `${id}: the legal basis cites primary law`).toBe(true);
    }
  });
});

describe('pages whose law was checked', () => {
  for (const path of LAW_CHECKED_PAGES) {
    it(`${path} has a law-checked date and cites a primary source at its address`, () => {
      const data = read(path);
      expect(data.lawChecked, 'lawChecked').toBeTruthy();
      expect(
        new Date(String(data.lawChecked instanceof Date ? data.lawChecked.toISOString() : data.lawChecked)).toISOString().slice(0, 10),
      ).toBe('2026-11-29');
      expect(
        data.sources.some((c) => isPrimary(c) && c.url?.startsWith('https://')),
        'a primary citation with its address in sources',
      ).toBe(true);
    });
  }

  it('no page whose law was checked still tells the reader to check the current version', () => {
    for (const path of LAW_CHECKED_PAGES) {
      expect(readFileSync(join(CONTENT, `${path}.mdx`), 'utf8'), path).not.toMatch(
        /check the current version|may have changed since|pack does not (say|name)/i,
      );
    }
  });
});
