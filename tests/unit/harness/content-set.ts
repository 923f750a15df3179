/**
 * A small content set covering every collection, written as authors write frontmatter. The text is made up for
 * tests; it carries the awkward cases the exports must survive: quotes, commas, ampersands, angle brackets,
 * a dataset on evidence, an overdue review, one-way and two-way related recommendations.
 */
import type { ContentSet } from './content';

/** The fields every traced page has, with test defaults. */
const page = (
  title: string,
  recommendations: string[],
  extra: { lastReviewed?: string; reviewDue?: string; topics?: string[]; summary?: string } = {},
) => ({
  title,
  summary: extra.summary ?? `A short test summary for the page called ${title}.`,
  recommendations,
  sources: [{ source: 'lga-pack-2018', section: 'Key lines of enquiry' }],
  factsDate: '2018',
  lastReviewed: extra.lastReviewed ?? '2026-01-10',
  reviewDue: extra.reviewDue ?? '2027-01-10',
  topics: (extra.topics ?? ['permanence-options']) as ['permanence-options'],
  audience: ['new-member' as const],
});

const rec = (
  inspection: 'ofsted-walsall-2017' | 'ofsted-telford-2020' | 'walsall-scrutiny-2019' | 'ofsted-walsall-2012',
  number: string,
  order: number,
  title: string,
  related: Array<{ recommendation: string; note: string }> = [],
) => ({
  title,
  inspection,
  number,
  order,
  madeBy: 'Ofsted',
  date: 'June 2017',
  theme: 'Test theme',
  addresses: 'The council',
  summary: `What recommendation ${number} asks the council to do, in test words.`,
  citation: { source: 'lga-pack-2018', section: `Recommendation ${number}` },
  related,
});

type Route = 'parents-alone' | 'council-shares' | 'child-arrangements' | 'special-guardian' | 'agency-and-adopters' | 'adopters-alone';
const fact = (text: string) => ({
  text,
  cite: [{ source: 'children-act-1989', section: `Section for ${text}`, url: 'https://www.legislation.gov.uk/ukpga/1989/41/section/33' }],
});
const facts = (
  legalBasis: string,
  prHolder: Route | 'depends-on-route',
  lookedAfter: 'yes' | 'no' | 'depends',
  prRoutes: Route[] = [],
) => ({
  legalBasis: fact(legalBasis),
  parentalResponsibility: fact(`Held as the ${legalBasis} says`),
  prHolder,
  prRoutes,
  lookedAfter,
  lookedAfterNote: fact(`Looked-after note for ${legalBasis}`),
  ends: fact(`How it ends under ${legalBasis}`),
  birthFamily: `Birth family under ${legalBasis}`,
  support: `Support under ${legalBasis}`,
});

const inspection = (name: string, council: string, date: string, kind: 'ofsted-inspection' | 'scrutiny-review') => ({
  title: `${name}: the test report of it`,
  name,
  body: kind === 'ofsted-inspection' ? 'Ofsted' : 'A scrutiny working group',
  council,
  date,
  kind,
  framework: kind === 'ofsted-inspection' ? 'Single Inspection Framework (SIF)' : 'Council overview and scrutiny',
  citation: { source: 'lga-pack-2018', section: 'Inspections' },
});

export const CONTENT: ContentSet = {
  sources: [
    {
      id: 'lga-pack-2018',
      data: {
        title: 'LGA permanence resource pack',
        shortTitle: 'LGA pack',
        publisher: 'Local Government Association',
        date: 'March 2018',
        year: 2018,
        kind: 'national-guidance',
        summary: 'A test summary of the LGA pack for councillors.',
        factsDate: '2018',
      },
    },
    {
      id: 'children-act-1989',
      data: {
        title: 'Children Act 1989',
        shortTitle: 'Children Act 1989',
        publisher: 'UK Parliament',
        date: '1989, as amended',
        year: 1989,
        kind: 'legislation',
        summary: 'A test summary of the Children Act 1989.',
        factsDate: 'The law when checked',
        url: 'https://www.legislation.gov.uk/ukpga/1989/41',
        checked: '2026-11-29',
        status: 'in-force',
      },
    },
  ],
  councils: [
    { id: 'walsall', data: { name: 'Walsall Council', place: 'Walsall' } },
    { id: 'telford', data: { name: 'Telford and Wrekin Council', place: 'Telford' } },
  ],
  inspections: [
    { id: 'ofsted-walsall-2012', data: inspection('Walsall 2012 Ofsted inspection', 'walsall', '2012-07-31', 'ofsted-inspection') },
    {
      id: 'ofsted-walsall-2017',
      data: {
        ...inspection('Walsall 2017 Ofsted inspection', 'walsall', '2017-09-04', 'ofsted-inspection'),
        frameworkLaw: 'children-act-1989',
        guide: 'scrutiny-guide',
      },
    },
    { id: 'walsall-scrutiny-2019', data: inspection('Walsall 2019 scrutiny working group', 'walsall', '2019-04-25', 'scrutiny-review') },
    { id: 'ofsted-telford-2020', data: inspection('Telford 2020 Ofsted inspection', 'telford', '2020-03-01', 'ofsted-inspection') },
  ],
  recommendations: [
    {
      id: 'ofsted-walsall-2017-2',
      data: rec('ofsted-walsall-2017', '2', 2, 'Managers record their decisions', [
        { recommendation: 'ofsted-telford-2020-1', note: 'The same concern about recording decisions.' },
      ]),
    },
    {
      id: 'ofsted-walsall-2017-1',
      data: {
        ...rec('ofsted-walsall-2017', '1', 1, 'Plans for permanence without delay'),
        progress: {
          earlier: { process: 'amber', impact: 'red' },
          later: { process: 'green', impact: 'amber' },
          citation: { source: 'lga-pack-2018', section: 'Progress table' },
        },
      },
    },
    {
      id: 'ofsted-walsall-2017-3',
      data: rec('ofsted-walsall-2017', '3', 3, 'Support for special guardians', [
        { recommendation: 'ofsted-walsall-2017-2', note: 'Recording the support offered.' },
      ]),
    },
    {
      id: 'ofsted-telford-2020-1',
      data: rec('ofsted-telford-2020', '1', 1, 'Recording in children’s plans', [
        { recommendation: 'ofsted-walsall-2017-2', note: 'The same concern in Walsall.' },
      ]),
    },
    {
      id: 'walsall-scrutiny-2019-s1',
      data: rec('walsall-scrutiny-2019', 'S1', 1, 'Scrutiny of permanence plans', [
        { recommendation: 'ofsted-walsall-2017-1', note: 'The scrutiny group followed up this one.' },
      ]),
    },
    { id: 'ofsted-walsall-2012-s-i1', data: rec('ofsted-walsall-2012', 'S-I1', 1, 'A recommendation no page supports') },
  ],
  permanence: [
    {
      id: 'adoption',
      data: {
        ...page('Adoption', ['ofsted-walsall-2017-1'], { lastReviewed: '2026-03-01', topics: ['adoption', 'permanence-options'] }),
        order: 2,
        kind: 'option',
        facts: facts('Adoption and Children Act 2002', 'adopters-alone', 'no'),
        relatedTerms: ['special-guardianship-order'],
        relatedLaw: ['adoption-and-children-act-2002'],
        questions: ['q-plans'],
        figures: [
          {
            label: 'Children adopted',
            value: 40,
            unit: 'children',
            period: '2017',
            citation: { source: 'lga-pack-2018', section: 'Figures' },
          },
        ],
        charts: [
          {
            title: 'Adoptions by year',
            unit: 'children',
            period: '2015 to 2017',
            points: [
              { label: '2015', value: 50 },
              { label: '2017', value: 40 },
            ],
            citation: { source: 'lga-pack-2018', section: 'Chart' },
          },
        ],
      },
    },
    {
      id: 'special-guardianship',
      data: {
        ...page('Special guardianship', ['ofsted-walsall-2017-1', 'ofsted-walsall-2017-3'], {
          topics: ['special-guardianship', 'permanence-options'],
        }),
        order: 1,
        kind: 'order',
        otherNames: ['SGO'],
        facts: facts('Children Act 1989, section 14A', 'special-guardian', 'no'),
      },
    },
    {
      id: 'long-term-fostering',
      data: {
        ...page('Long-term fostering', ['ofsted-walsall-2017-1'], { topics: ['foster-care'] }),
        order: 3,
        kind: 'option',
        facts: facts('Care Planning Regulations 2010', 'depends-on-route', 'yes', ['council-shares', 'parents-alone']),
      },
    },
    { id: 'permanence-planning', data: { ...page('Permanence planning', ['ofsted-walsall-2017-2']), order: 4, kind: 'planning' } },
    {
      id: 'staying-put',
      data: {
        ...page('Staying put', ['ofsted-walsall-2017-3'], { topics: ['care-leavers'] }),
        order: 5,
        kind: 'leaving-care',
        facts: facts('Children and Families Act 2014', 'parents-alone', 'depends'),
      },
    },
  ],
  glossary: [
    {
      id: 'special-guardianship-order',
      data: {
        ...page('Special guardianship order', ['ofsted-walsall-2017-3'], { topics: ['special-guardianship'] }),
        abbreviation: 'SGO',
        definition: 'A court order that makes a carer the special guardian of a child until 18.',
        seeAlso: ['looked-after-child'],
      },
    },
    {
      id: 'looked-after-child',
      data: {
        ...page('Looked after child', ['ofsted-walsall-2017-1'], {
          lastReviewed: '2019-01-01',
          reviewDue: '2020-01-01',
          topics: ['corporate-parenting'],
        }),
        aliases: ['LAC', 'child in care'],
        definition: 'A child in the care of the council, or provided with accommodation by it.',
      },
    },
  ],
  legislation: [
    {
      id: 'adoption-and-children-act-2002',
      data: {
        ...page('Adoption and Children Act 2002', ['ofsted-walsall-2017-1'], { topics: ['courts-and-law'] }),
        kind: 'act',
        year: 2002,
        jurisdiction: 'England and Wales',
        whatItDoes: 'Sets out how adoption works, and created special guardianship.',
      },
    },
    {
      id: 'children-act-1989',
      data: {
        ...page('Children Act 1989', ['ofsted-walsall-2017-1'], { topics: ['courts-and-law'] }),
        kind: 'act',
        year: 1989,
        jurisdiction: 'England and Wales',
        whatItDoes: 'The main law on the care of children and parental responsibility.',
      },
    },
  ],
  questions: [
    {
      id: 'q-plans',
      data: {
        ...page('How does the council make "permanence" plans, and how fast?', ['ofsted-walsall-2017-1', 'walsall-scrutiny-2019-s1'], {
          lastReviewed: '2026-05-01',
          topics: ['permanence-planning', 'adoption'],
        }),
        audience: ['new-member', 'scrutiny'],
        origin: ['lga-kloe', 'walsall-managers'],
        group: 'KLOE 2: Plans, "early"',
        order: 2,
        whyItMatters: 'Children wait too long when plans are late, so councillors should ask.',
        prompts: ['Who signs the plan off?', 'What happens, and when, if it slips?'],
        evidence: [{ ask: 'The tracker of plans', dataset: 'SSDA903' }, { ask: 'Minutes of the panel' }],
        goodAnswer: 'Every child has a plan by the second review, and slips are reported.',
      },
    },
    {
      id: 'q-voice',
      data: {
        ...page('How are children heard?', ['ofsted-telford-2020-1'], { topics: ['childs-voice'] }),
        origin: ['site-added'],
        group: 'Children’s voice',
        order: 1,
        whyItMatters: 'Children should shape their own plans, with an advocate where needed.',
        evidence: [{ ask: 'The IRO annual report' }],
        goodAnswer: 'Officers show how children of every age took part & changed plans.',
      },
    },
    {
      id: 'q-records',
      data: {
        ...page('Are decisions recorded <clearly>?', ['ofsted-walsall-2017-2', 'ofsted-walsall-2017-1'], {
          topics: ['permanence-planning'],
        }),
        origin: ['telford-findings'],
        group: 'Recording',
        order: 3,
        whyItMatters: 'Managers’ reasons must be on file so the next worker knows why.',
        evidence: [{ ask: 'An audit of management oversight' }],
        goodAnswer: 'Audits find the reasons for key decisions on every file they read.',
      },
    },
  ],
  'case-studies': [
    {
      id: 'example-council',
      data: {
        ...page('Example council & partners', ['ofsted-telford-2020-1'], { lastReviewed: '2026-02-01', topics: ['childs-voice'] }),
        organisations: ['Example council'],
        nation: 'England',
        period: '2018 to 2019',
        figures: [{ label: 'Children heard', value: 12, period: '2019', citation: { source: 'lga-pack-2018', section: 'Case study' } }],
        takeaways: ['Ask for the children’s own words.'],
      },
    },
  ],
  guides: [
    {
      id: 'scrutiny-guide',
      data: {
        ...page('A guide to scrutiny', ['walsall-scrutiny-2019-s1'], { topics: ['scrutiny'] }),
        order: 1,
        timeline: [
          { date: 'June 2017', title: 'Inspection', text: 'Ofsted inspected the council.', recommendations: ['ofsted-walsall-2017-1'] },
        ],
        judgements: [
          {
            caption: 'Judgements in 2017',
            columns: ['Grade'],
            rows: [{ area: 'Overall', grades: ['Inadequate'] }],
            citation: { source: 'lga-pack-2018', section: 'Judgements' },
          },
        ],
      },
    },
  ],
  training: [
    {
      id: 'being-a-corporate-parent',
      data: {
        ...page('Being a corporate parent', ['ofsted-walsall-2017-1'], { topics: ['corporate-parenting'] }),
        order: 1,
        minutes: 10,
        outcomes: ['Say what a corporate parent does.', 'Name the main permanence options.'],
        reading: [{ href: '/permanence/adoption/', label: 'Adoption', why: 'The option that ends the order.' }],
        selfCheck: [
          {
            question: 'Who is a corporate parent?',
            options: ['Every councillor', 'Only officers'],
            answer: 0,
            explanation: 'The duty falls on the whole council.',
          },
          { question: 'Does adoption end care?', options: ['Yes', 'No'], answer: 0, explanation: 'The child leaves care when adopted.' },
          {
            question: 'Is an SGO a court order?',
            options: ['Yes', 'No'],
            answer: 0,
            explanation: 'A court makes special guardianship orders.',
          },
        ],
      },
    },
  ],
  changes: [
    {
      id: 'kinship-offer-duty',
      data: {
        title: 'Kinship local offer & "duty"',
        date: '2026-04-01',
        kind: 'legislation',
        status: 'in-force',
        checked: '2026-11-01',
        summary: 'Councils must publish what support they give kinship carers, <in> a local offer that is kept up to date.',
        citations: [{ source: 'children-act-1989', section: 'Section 22', url: 'https://www.legislation.gov.uk/ukpga/1989/41/section/22' }],
        law: 'children-act-1989',
        affects: [{ glossary: 'looked-after-child', note: 'Kinship carers now have a local offer the council must publish.' }],
      },
    },
  ],
};

/**
 * The content set with an entry for every reference field the schemas declare (every kind of page a recommendation's
 * `supportedBy` or a change's `affects` can name), for the integrity tests. Kept apart so the other tests' figures
 * do not move.
 */
export const CONTENT_WITH_EVERY_REFERENCE: ContentSet = {
  ...CONTENT,
  recommendations: [
    ...CONTENT.recommendations!,
    {
      id: 'ofsted-walsall-2012-s-i2',
      data: {
        ...rec('ofsted-walsall-2012', 'S-I2', 2, 'A recommendation that names its own supporting pages'),
        supportedBy: [
          { permanence: 'staying-put' },
          { guides: 'scrutiny-guide' },
          { training: 'being-a-corporate-parent' },
          { questions: 'q-records' },
          { 'case-studies': 'example-council' },
          { legislation: 'children-act-1989' },
          { glossary: 'looked-after-child' },
        ],
      },
    },
  ],
  changes: [
    {
      id: 'a-change-in-law',
      data: {
        title: 'A change in the law, for the tests',
        date: '2026-06-29',
        kind: 'legislation',
        status: 'in-force',
        checked: '2026-11-29',
        summary: 'A made-up change in the law that touches one page of every kind the schema allows.',
        citations: [
          { source: 'children-act-1989', section: 'Section 22G', url: 'https://www.legislation.gov.uk/ukpga/1989/41/section/22G' },
        ],
        law: 'children-act-1989',
        affects: [
          { permanence: 'adoption', note: 'The change touches adoption in a made-up way.' },
          { glossary: 'looked-after-child', note: 'The change touches this term in a made-up way.' },
          { legislation: 'children-act-1989', note: 'The change amends this Act in a made-up way.' },
          { questions: 'q-plans', note: 'The change touches this question in a made-up way.' },
          { guides: 'scrutiny-guide', note: 'The change touches this guide in a made-up way.' },
          { training: 'being-a-corporate-parent', note: 'The change touches this module in a made-up way.' },
        ],
      },
    },
  ],
};
