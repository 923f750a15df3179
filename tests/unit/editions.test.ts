import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { astroBuild } from './harness/astro-build';
import { leftOutReport, linksInText, withSupportFromRecommendations } from '../../src/lib/edition-content';
import { duplicateInspectionNames, editionFolderProblems, editionMembershipProblems } from '../../src/lib/edition-rules';
import {
  editionPattern,
  keepsRecommendation,
  recommendationEditions,
  recommendationIdInHref,
  scopeToEdition,
  selectedEdition,
} from '../../src/lib/editions';
import { REFERENCE_FIELDS } from '../../src/lib/reference-fields';
import { checkIntegrity } from '../../src/lib/integrity';
import { rehypeEditionLinks } from '../../src/plugins/links/rehype-edition-links';
import { fixtureContentDir, readContent } from './fixture-content';

/** Two editions, as file names only: walsall with two recommendations, telford with one. */
function editionsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-editions-'));
  for (const [edition, ids] of [
    ['walsall', ['w-1', 'w-2']],
    ['telford', ['t-1']],
  ] as const) {
    mkdirSync(join(dir, edition, 'recommendations'), { recursive: true });
    for (const id of ids) writeFileSync(join(dir, edition, 'recommendations', `${id}.mdx`), '---\n---\n');
  }
  return dir;
}

const ref = (id: string) => ({ id, collection: 'recommendations' });

describe('choosing an edition', () => {
  it('reads the edition of every recommendation from file names', () => {
    const index = recommendationEditions(editionsFolder());
    expect(Object.fromEntries(index)).toEqual({ 'w-1': 'walsall', 'w-2': 'walsall', 't-1': 'telford' });
  });

  it('refuses an EDITION with no folder, naming the editions there are', () => {
    expect(() => selectedEdition('nowhere', editionsFolder())).toThrow(/EDITION=nowhere.*The editions are: telford, walsall/);
    expect(selectedEdition('telford', editionsFolder())).toBe('telford');
    expect(selectedEdition('', editionsFolder())).toBeUndefined();
  });

  it('loads one council’s files in an edition build and every council’s in the full site', () => {
    expect(editionPattern('recommendations', 'walsall')).toBe('walsall/recommendations/**/*.{md,mdx}');
    expect(editionPattern('recommendations', undefined)).toBe('*/recommendations/**/*.{md,mdx}');
    expect(editionPattern('council', 'walsall')).toBe('walsall/council.{md,mdx}');
  });

  it('keeps its own recommendations and unknown ids (so a typo still fails), and leaves out other councils’', () => {
    const index = recommendationEditions(editionsFolder());
    expect(keepsRecommendation('w-1', 'walsall', index)).toBe(true);
    expect(keepsRecommendation('t-1', 'walsall', index)).toBe(false);
    expect(keepsRecommendation('no-such-rec', 'walsall', index)).toBe(true);
    expect(keepsRecommendation('t-1', undefined, index)).toBe(true);
  });

  it('reads the recommendation a link points to', () => {
    expect(recommendationIdInHref('/recommendations/ofsted-walsall-2017-8/')).toBe('ofsted-walsall-2017-8');
    expect(recommendationIdInHref('/recommendations/ofsted-walsall-2017-8/#supporting-pages')).toBe('ofsted-walsall-2017-8');
    expect(recommendationIdInHref('/recommendations/matrix/')).toBeUndefined();
    expect(recommendationIdInHref('/glossary/ofsted/')).toBeUndefined();
  });
});

describe('scoping an entry to an edition', () => {
  const keeps = (id: string) => !id.startsWith('t-');

  it('takes out references and links to other councils’ recommendations and lists each one', () => {
    const data = {
      title: 'A page',
      lastReviewed: new Date('2026-01-01'),
      recommendations: [ref('w-1'), ref('t-1'), ref('w-2')],
      related: [
        { recommendation: ref('t-1'), note: 'x' },
        { recommendation: ref('w-2'), note: 'y' },
      ],
      timeline: [{ date: '2017', recommendations: [ref('t-1')] }],
      reading: [
        { href: '/recommendations/t-1/', label: 'a' },
        { href: '/glossary/x/', label: 'b' },
      ],
    };
    const { data: scoped, leftOut } = scopeToEdition(data, keeps);
    expect(scoped.recommendations).toEqual([ref('w-1'), ref('w-2')]);
    expect(scoped.related).toEqual([{ recommendation: ref('w-2'), note: 'y' }]);
    expect(scoped.timeline).toEqual([{ date: '2017', recommendations: [] }]);
    expect(scoped.reading).toEqual([{ href: '/glossary/x/', label: 'b' }]);
    expect(scoped.lastReviewed).toBeInstanceOf(Date);
    expect(leftOut).toEqual([
      { field: 'recommendations[1]', id: 't-1' },
      { field: 'related[0]', id: 't-1' },
      { field: 'timeline[0].recommendations[0]', id: 't-1' },
      { field: 'reading[0]', id: 't-1' },
    ]);
  });

  it('changes nothing in the full site', () => {
    const data = { recommendations: [ref('w-1'), ref('t-1')] };
    expect(scopeToEdition(data, () => true)).toEqual({ data, leftOut: [] });
  });

  it('unwraps links in page text to other councils’ recommendations, keeping the words', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: { href: '/recommendations/t-1/' },
              children: [{ type: 'text', value: 'their point' }],
            },
            { type: 'text', value: ' and ' },
            { type: 'element', tagName: 'a', properties: { href: '/recommendations/w-1/' }, children: [{ type: 'text', value: 'ours' }] },
          ],
        },
      ],
    };
    rehypeEditionLinks({ leftOut: (href) => (href.includes('/t-') ? 't' : undefined) })(tree);
    const p = tree.children[0] as { children: Array<{ type: string; value?: string; tagName?: string }> };
    expect(p.children.map((c) => (c.type === 'text' ? c.value : `<${c.tagName}>`))).toEqual(['their point', ' and ', '<a>']);
  });

  it('counts what an edition left out, by council, for the build log', () => {
    const index = new Map([
      ['w-1', 'walsall'],
      ['t-1', 'telford'],
      ['t-2', 'telford'],
    ]);
    const entries = [
      {
        id: 'a',
        collection: 'glossary',
        body: 'See [their point](/recommendations/t-2/).',
        data: { leftOut: [{ field: 'recommendations[0]', id: 't-1' }] },
      },
      { id: 'b', collection: 'guides', body: 'Nothing here.', data: { leftOut: [] } },
    ];
    const report = leftOutReport(
      'walsall',
      { councils: [{ data: { name: 'Walsall Council' } }], inspections: [1, 2], recommendations: [1], entries },
      index,
    );
    expect(report).toContain('[edition] walsall (Walsall Council): 2 inspection(s), 1 recommendation(s)');
    expect(report).toContain('1 reference(s) in frontmatter and 1 link(s) in page text, on 1 page(s), to 2 recommendation(s) (telford: 2)');
  });

  it('finds Markdown and MDX links in page text', () => {
    expect(linksInText('a [x](/recommendations/a/) b <a href="/glossary/b/">c</a> [ext](https://example.org/)')).toEqual([
      '/recommendations/a/',
      '/glossary/b/',
    ]);
  });
});

describe('support declared by recommendations', () => {
  it('adds a recommendation to the pages its supportedBy names, once', () => {
    const pages = [
      { id: 'private-fostering', collection: 'guides', data: { recommendations: [ref('w-1')] } },
      { id: 'adoption', collection: 'glossary', data: { recommendations: [ref('w-1')] } },
    ];
    const recs = [
      { id: 'x-1', data: { supportedBy: [{ guides: { id: 'private-fostering', collection: 'guides' } }] } },
      { id: 'w-1', data: { supportedBy: [{ guides: { id: 'private-fostering', collection: 'guides' } }] } },
    ];
    const [guide, term] = withSupportFromRecommendations(pages, recs);
    expect(guide.data.recommendations.map((r) => r.id)).toEqual(['w-1', 'x-1']);
    expect(term).toBe(pages[1]);
  });
});

describe('edition integrity rules', () => {
  const problemsFor = (rule?: string) => {
    const dir = fixtureContentDir(rule);
    const { collections, files } = readContent(dir);
    return [
      ...checkIntegrity(collections, files, REFERENCE_FIELDS),
      ...editionFolderProblems(join(dir, 'editions')),
      ...editionMembershipProblems(collections),
    ];
  };

  it('passes a valid edition', () => {
    expect(problemsFor()).toEqual([]);
  });

  it('fails an inspection filed under another council, and a recommendation of another council’s inspection, naming file and field', () => {
    const problems = problemsFor('edition-membership');
    expect(problems.map((p) => [p.file.replace(/^.*editions\//, ''), p.field])).toEqual([
      ['test-council/inspections/misfiled-inspection.mdx', 'council'],
      ['test-council/recommendations/rec-of-other-inspection.mdx', 'inspection'],
    ]);
    expect(problems[0].message).toContain('write council: test-council');
    expect(problems[1].message).toContain('move the file to content/editions/other-council/recommendations/');
  });

  it('fails an edition folder with no council file, saying how to make one', () => {
    const problem = problemsFor('edition-missing-council').find((p) => p.field === 'file')!;
    expect(problem.file).toMatch(/editions\/lonely-council\/council\.mdx$/);
    expect(problem.field).toBe('file');
    expect(problem.message).toContain('npm run new:council');
  });

  it('fails two inspections with the same short name', () => {
    const inspection = (id: string, name: string) => ({ id, filePath: `content/editions/x/inspections/${id}.mdx`, data: { name } });
    expect(
      duplicateInspectionNames([
        inspection('a', 'Ofsted inspection'),
        inspection('b', 'Walsall 2017 Ofsted inspection'),
        inspection('c', 'ofsted inspection'),
      ]),
    ).toEqual([
      {
        file: 'content/editions/x/inspections/c.mdx',
        field: 'name',
        message: '"ofsted inspection" is already the name of inspection "a": add the place and year, e.g. "Walsall 2017 Ofsted inspection"',
      },
    ]);
  });

  it('fails a recommendation whose inspection does not exist, naming the field', () => {
    const dir = fixtureContentDir();
    const file = join(dir, 'editions/test-council/recommendations/rec-2.mdx');
    writeFileSync(
      file,
      '---\ntitle: Another test recommendation\ninspection: no-such-inspection\nnumber: "2"\norder: 2\nmadeBy: Ofsted\ndate: "2017"\ntheme: Testing\naddresses: The council\nsummary: A recommendation whose inspection is misspelt.\ncitation:\n  source: doc\n  section: Section one\n---\n',
    );
    const { collections, files } = readContent(dir);
    const problems = checkIntegrity(collections, files, REFERENCE_FIELDS);
    expect(problems).toEqual([
      { file, field: 'inspection', message: 'refers to inspections entry "no-such-inspection", which does not exist' },
    ]);
  });
});

describe('inspection judgements', () => {
  it(
    'fail the build for an overall effectiveness grade on an Ofsted inspection from April 2026, naming the file and field',
    { timeout: 300_000 },
    () => {
      const { status, output } = astroBuild({ CONTENT_DIR: fixtureContentDir('overall-grade-2026') });
      expect(status).not.toBe(0);
      expect(output).toContain('test-inspection-2026');
      expect(output).toContain('judgements.0.area');
      expect(output).toContain('no overall effectiveness judgement');
    },
  );
});
