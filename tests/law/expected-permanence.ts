/**
 * What the law says about each permanence option, written out by hand from the provisions cited on the option pages
 * (checked 29 November 2026). The unit tests hold the content to this table and the browser tests hold the built
 * comparison and diagram to it, so a swapped cell, a wrong category or a lost route fails a test.
 */
export type Holder =
  | 'parents-alone'
  | 'council-shares'
  | 'child-arrangements'
  | 'special-guardian'
  | 'agency-and-adopters'
  | 'adopters-alone'
  | 'depends-on-route';

export interface ExpectedOption {
  /** Who holds parental responsibility, as a category. */
  holder: Holder;
  /** For "depends-on-route": the usual routes, in the order the page gives them. */
  routes: Holder[];
  lookedAfter: 'yes' | 'no' | 'depends';
  /** Provisions the parental responsibility fact must cite (legislation.gov.uk addresses). */
  prCites: string[];
}

const CA = 'https://www.legislation.gov.uk/ukpga/1989/41/section/';

export const EXPECTED: Record<string, ExpectedOption> = {
  'return-to-birth-parents': {
    holder: 'depends-on-route',
    routes: ['parents-alone', 'council-shares'],
    lookedAfter: 'depends',
    prCites: [`${CA}33`],
  },
  'kinship-care': {
    holder: 'depends-on-route',
    routes: ['parents-alone', 'council-shares', 'child-arrangements', 'special-guardian'],
    lookedAfter: 'depends',
    prCites: [`${CA}33`, `${CA}20`],
  },
  adoption: { holder: 'adopters-alone', routes: [], lookedAfter: 'no', prCites: [] },
  'special-guardianship': { holder: 'special-guardian', routes: [], lookedAfter: 'no', prCites: [`${CA}14B`] },
  'long-term-foster-care': {
    holder: 'depends-on-route',
    routes: ['council-shares', 'parents-alone'],
    lookedAfter: 'yes',
    prCites: [`${CA}33`, `${CA}20`],
  },
  'residential-care': {
    holder: 'depends-on-route',
    routes: ['council-shares', 'parents-alone'],
    lookedAfter: 'yes',
    prCites: [`${CA}33`, `${CA}20`],
  },
  'fostering-for-adoption': {
    holder: 'depends-on-route',
    routes: ['council-shares', 'parents-alone', 'agency-and-adopters'],
    lookedAfter: 'yes',
    prCites: [`${CA}33`, `${CA}20`],
  },
  'child-arrangements-orders': { holder: 'child-arrangements', routes: [], lookedAfter: 'no', prCites: [] },
};

/** The words the site must use for each category (the diagram's headings and the start of each cell). */
export const HOLDER_WORDS: Record<Holder, string> = {
  'parents-alone': 'Parents alone',
  'council-shares': 'The council shares it with the parents',
  'child-arrangements': 'The person the child lives with shares it with the parents',
  'special-guardian': 'Special guardian',
  'agency-and-adopters': 'Adoption agency and, once the child is placed, the prospective adopters',
  'adopters-alone': 'Adopters alone',
  'depends-on-route': 'Depends on the legal route',
};

/** Pages whose law was checked: every permanence page, and the glossary and legislation pages that state law. */
export const LAW_CHECKED_PAGES = [
  ...[
    'adoption',
    'child-arrangements-orders',
    'fostering-for-adoption',
    'kinship-care',
    'long-term-foster-care',
    'permanence-planning',
    'residential-care',
    'return-to-birth-parents',
    'special-guardianship',
    'staying-close',
    'staying-put',
  ].map((s) => `permanence/${s}`),
  ...[
    'care-order',
    'special-guardianship-order',
    'special-guardian',
    'placement-order',
    'adoption-order',
    'adoption',
    'child-arrangements-order',
    'parental-responsibility',
    'section-20-accommodation',
    'looked-after-child',
    'long-term-foster-care',
    'significant-harm',
    'supervision-order',
    'emergency-protection-order',
    'police-protection',
    'kinship-foster-carer',
    'kinship-care',
    'fostering-for-adoption',
    'care-proceedings',
    '26-week-time-limit',
    'public-law-outline',
    'return-to-birth-parents',
    'residential-care',
    'permanence',
    'permanence-planning',
    'staying-put',
    'staying-close',
  ].map((s) => `glossary/${s}`),
  ...[
    'children-act-1989',
    'adoption-and-children-act-2002',
    'care-planning-placement-and-case-review-england-regulations-2010',
    'special-guardianship-regulations-2005',
    'special-guardianship-amendment-regulations-2016',
    'children-and-families-act-2014',
    'statutory-guidance-on-adoption-2013',
    're-b-s-2013',
  ].map((s) => `legislation/${s}`),
];
