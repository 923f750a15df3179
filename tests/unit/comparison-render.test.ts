/**
 * The comparison table and the responsibility diagram as Astro renders them (the container API), from the harness
 * options: every cell and every step is compared with the option's own facts, so swapping two options' cells fails.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => import('./harness/content').then((h) => h.mockedAstroContent()));

const { permanence } = await import('../../src/content');
const { experimental_AstroContainer } = await import('astro/container');
const ComparisonTable = (await import('../../src/components/content/ComparisonTable.astro')).default;
const ResponsibilityDiagram = (await import('../../src/components/charts/ResponsibilityDiagram.astro')).default;
const container = await experimental_AstroContainer.create();

/** Text of an HTML fragment as a reader sees it: tags dropped, spaces squeezed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** The cells of one option's row, by the fact each is written from, as text. */
function rowCells(html: string, option: string): Record<string, string> {
  const row = new RegExp(`<tr data-option="${option}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
  return Object.fromEntries([...row.matchAll(/<td [^>]*data-fact="([^"]+)"[^>]*>([\s\S]*?)<\/td>/g)].map((m) => [m[1], text(m[2])]));
}
/** A statement of law as the harness writes it, followed by its citation as the table shows it. */
const cited = (fact: string) => `${fact} (Children Act 1989, Section for ${fact})`;

const options = permanence.filter((p) => p.data.facts);
const table = await container.renderToString(ComparisonTable, { props: { options } });
const diagram = await container.renderToString(ResponsibilityDiagram);

describe('the comparison table, rendered', () => {
  it('has one row per option with facts, in the options’ order', () => {
    expect([...table.matchAll(/<tr data-option="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'special-guardianship',
      'adoption',
      'long-term-fostering',
      'staying-put',
    ]);
  });

  it.each([
    ['adoption', 'Adoption and Children Act 2002', 'Adopters alone.', 'No.'],
    ['special-guardianship', 'Children Act 1989, section 14A', 'Special guardian, who can act without the parents’ agreement.', 'No.'],
    [
      'long-term-fostering',
      'Care Planning Regulations 2010',
      'Depends on the legal route. Usual routes: a care order (section 33): the council shares it with the parents; or no order, or accommodation by agreement (section 20): parents alone.',
      'Yes.',
    ],
    ['staying-put', 'Children and Families Act 2014', 'Parents alone.', 'It depends.'],
  ])('writes each cell of %s from its own facts, each statement of law with its citation', (id, law, holder, lookedAfter) => {
    expect(rowCells(table, id)).toEqual({
      legalBasis: cited(law),
      parentalResponsibility: `${holder} ${cited(`Held as the ${law} says`)}`,
      lookedAfter: `${lookedAfter} ${cited(`Looked-after note for ${law}`)}`,
      ends: cited(`How it ends under ${law}`),
      birthFamily: `Birth family under ${law}`,
      support: `Support under ${law}`,
    });
  });

  it('marks each parental responsibility cell with its holder and, where it depends, its routes', () => {
    expect([...table.matchAll(/data-pr-holder="([^"]+)"(?: data-pr-routes="([^"]+)")?/g)].map((m) => [m[1], m[2]])).toEqual([
      ['special-guardian', undefined],
      ['adopters-alone', undefined],
      ['depends-on-route', 'council-shares parents-alone'],
      ['parents-alone', undefined],
    ]);
  });

  it('links each citation to the section read, as an external link', () => {
    const links = [...table.matchAll(/<span class="fact-cite"[^>]*>\(<a href="([^"]+)" rel="([^"]+)"/g)];
    expect(links).toHaveLength(options.length * 4);
    expect(new Set(links.map((m) => `${m[1]} ${m[2]}`))).toEqual(
      new Set(['https://www.legislation.gov.uk/ukpga/1989/41/section/33 external']),
    );
  });

  it('has its columns in the agreed order, and labels each cell with its column for narrow screens', () => {
    const headings = [...table.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Option',
      'Legal basis',
      'Parental responsibility',
      'Stays looked after?',
      'How it ends',
      'Birth family',
      'Support',
    ]);
    const firstRow = [...table.matchAll(/<td data-label="([^"]+)" data-fact="([^"]+)"/g)].slice(0, 6).map((m) => m[1]);
    expect(firstRow).toEqual(headings.slice(1));
  });
});

describe('the responsibility diagram, rendered', () => {
  /** Each step's holder and the options listed on it, in order. */
  const steps = [...diagram.matchAll(/data-holder="([^"]+)"[^>]*>([\s\S]*?)(?=<li class="pr-diagram__group|<\/ol>)/g)].map((m) => [
    m[1],
    [...m[2].matchAll(/<li data-option="([^"]+)"/g)].map((o) => o[1]),
  ]);

  it('runs from the parents alone to the adopters alone, each option with one route on its step', () => {
    expect(steps).toEqual([
      ['parents-alone', ['staying-put', 'long-term-fostering']],
      ['council-shares', ['long-term-fostering']],
      ['child-arrangements', []],
      ['special-guardian', ['special-guardianship']],
      ['agency-and-adopters', []],
      ['adopters-alone', ['adoption']],
      ['depends-on-route', ['long-term-fostering']],
    ]);
  });

  it('marks an option that depends on the route on each of its routes’ steps, and names its routes in the last group', () => {
    const onRoute = [...diagram.matchAll(/<ul class="pr-diagram__sometimes"[^>]*>([\s\S]*?)<\/ul>/g)].map((m) => text(m[1]));
    expect(onRoute).toEqual(['Long-term fostering (depends on the route)', 'Long-term fostering (depends on the route)']);
    expect(text(diagram)).toContain(
      'Long-term fostering: a care order (section 33): the council shares it with the parents; or no order, or accommodation by agreement (section 20): parents alone',
    );
  });

  it('names each step by who holds parental responsibility and the law that puts it there', () => {
    const heads = [...diagram.matchAll(/<h3[^>]*>([^<]*)<\/h3><p class="pr-diagram__law"[^>]*>([^<]*)<\/p>/g)].map(
      (m) => `${m[1]} | ${m[2]}`,
    );
    expect(heads[0]).toBe('Parents alone | No court order, or accommodation by agreement under section 20 of the Children Act 1989');
    expect(heads[5]).toBe('Adopters alone | Adoption order: Adoption and Children Act 2002, section 46');
    expect(heads).toHaveLength(7);
  });
});
