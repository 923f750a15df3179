/**
 * What people type, and the page that must come in the top three results.
 * `expect` lists the acceptable pages (any one in the top three is a hit).
 */
export interface RelevanceQuery {
  query: string;
  who: 'new member' | 'scrutiny chair' | 'public';
  expect: string[];
}

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // New members: terms, abbreviations and plain questions.
  { who: 'new member', query: 'SGO', expect: ['/glossary/special-guardianship-order/', '/permanence/special-guardianship/'] },
  { who: 'new member', query: 'special guardianship', expect: ['/permanence/special-guardianship/', '/glossary/special-guardianship-order/'] },
  { who: 'new member', query: 'twin track', expect: ['/glossary/parallel-planning/'] },
  { who: 'new member', query: 'parallel planning', expect: ['/glossary/parallel-planning/', '/permanence/permanence-planning/'] },
  { who: 'new member', query: 'foster to adopt', expect: ['/permanence/fostering-for-adoption/', '/glossary/fostering-for-adoption/'] },
  { who: 'new member', query: 'early permanence', expect: ['/permanence/fostering-for-adoption/', '/glossary/fostering-for-adoption/'] },
  { who: 'new member', query: 'LAC', expect: ['/glossary/looked-after-child/'] },
  { who: 'new member', query: 'CLA', expect: ['/glossary/looked-after-child/'] },
  { who: 'new member', query: 'children in care', expect: ['/glossary/looked-after-child/'] },
  { who: 'new member', query: 'corporate parent', expect: ['/glossary/corporate-parent/', '/training/corporate-parenting/'] },
  { who: 'new member', query: 'parental responsibility', expect: ['/glossary/parental-responsibility/'] },
  { who: 'new member', query: 'kinship care', expect: ['/permanence/kinship-care/', '/glossary/kinship-care/'] },
  { who: 'new member', query: 'connected persons', expect: ['/glossary/kinship-foster-carer/', '/permanence/kinship-care/'] },
  { who: 'new member', query: 'IRO', expect: ['/glossary/independent-reviewing-officer/'] },
  { who: 'new member', query: 'PLO', expect: ['/glossary/public-law-outline/'] },
  { who: 'new member', query: 'Staying Put', expect: ['/permanence/staying-put/', '/glossary/staying-put/'] },
  { who: 'new member', query: 'Staying Close', expect: ['/permanence/staying-close/', '/glossary/staying-close/'] },
  { who: 'new member', query: 'long-term fostering', expect: ['/permanence/long-term-foster-care/', '/glossary/long-term-foster-care/'] },
  { who: 'new member', query: 'residential care', expect: ['/permanence/residential-care/', '/glossary/residential-care/'] },
  { who: 'new member', query: 'adoption support fund', expect: ['/glossary/adoption-support-fund/'] },
  { who: 'new member', query: 'RAA', expect: ['/glossary/regional-adoption-agency/', '/legislation/regional-adoption-agencies-2015/'] },
  { who: 'new member', query: 'VSH', expect: ['/glossary/virtual-school-head/'] },
  { who: 'new member', query: 'CAMHS', expect: ['/glossary/child-and-adolescent-mental-health-services/'] },
  { who: 'new member', query: 'child arrangements order', expect: ['/permanence/child-arrangements-orders/', '/glossary/child-arrangements-order/'] },
  { who: 'new member', query: 'Cafcass', expect: ['/glossary/children-and-family-court-advisory-and-support-service/'] },
  { who: 'new member', query: 'return home to birth parents', expect: ['/permanence/return-to-birth-parents/', '/glossary/return-to-birth-parents/'] },
  { who: 'new member', query: 'what is permanence', expect: ['/glossary/permanence/', '/permanence/permanence-planning/', '/training/permanence-options/'] },
  // Law and national bodies.
  { who: 'scrutiny chair', query: 'Re B-S', expect: ['/legislation/re-b-s-2013/'] },
  { who: 'new member', query: 'Children Act 1989', expect: ['/legislation/children-act-1989/'] },
  { who: 'new member', query: 'Adoption and Children Act 2002', expect: ['/legislation/adoption-and-children-act-2002/'] },
  { who: 'scrutiny chair', query: 'Narey review', expect: ['/legislation/narey-review-of-residential-care-2016/'] },
  { who: 'scrutiny chair', query: 'fostering stocktake', expect: ['/legislation/fostering-stocktake-2018/'] },
  { who: 'new member', query: 'UNCRC', expect: ['/legislation/united-nations-convention-on-the-rights-of-the-child-1989/'] },
  { who: 'scrutiny chair', query: 'Children and Social Work Act 2017', expect: ['/legislation/children-and-social-work-act-2017/'] },
  // Scrutiny chairs: recommendations, councils, questions.
  { who: 'scrutiny chair', query: 'Ofsted rec 9', expect: ['/recommendations/ofsted-walsall-2017-9/'] },
  { who: 'scrutiny chair', query: 'recommendation 7 friends and family', expect: ['/recommendations/ofsted-walsall-2017-7/'] },
  { who: 'scrutiny chair', query: 'Walsall working group', expect: ['/case-studies/walsall-scrutiny-working-group/'] },
  { who: 'scrutiny chair', query: 'Telford outstanding', expect: ['/case-studies/telford-and-wrekin-2020/', '/guides/telford-and-wrekin-inspection-2020/'] },
  { who: 'scrutiny chair', query: 'setting up a working group', expect: ['/guides/scrutiny/', '/glossary/task-and-finish-group/'] },
  { who: 'scrutiny chair', query: 'drift and delay questions', expect: ['/questions/lga-05-drift-and-delay/', '/questions/walsall-08-drift-and-delay/'] },
  { who: 'scrutiny chair', query: 'life story work', expect: ['/glossary/life-story-work/', '/recommendations/ofsted-walsall-2017-10/'] },
  { who: 'scrutiny chair', query: 'Aberdeenshire', expect: ['/case-studies/aberdeenshire/'] },
  { who: 'scrutiny chair', query: 'Peterborough TACT', expect: ['/case-studies/peterborough-and-tact/'] },
  { who: 'scrutiny chair', query: 'East Renfrewshire', expect: ['/case-studies/east-renfrewshire/'] },
  { who: 'scrutiny chair', query: 'Stockport', expect: ['/case-studies/stockport/'] },
  { who: 'scrutiny chair', query: 'Walsall inspection 2012', expect: ['/guides/walsall-inspection-journey/', '/sources/ofsted-walsall-inspection-2012/'] },
  // The public.
  { who: 'public', query: "my friend's child is staying with us", expect: ['/guides/private-fostering/', '/guides/private-fostering/checker/'] },
  { who: 'public', query: 'do I need to tell the council', expect: ['/guides/private-fostering/checker/', '/guides/private-fostering/'] },
  { who: 'public', query: 'private fostering', expect: ['/guides/private-fostering/', '/glossary/private-fostering/'] },
  { who: 'public', query: 'child living with me', expect: ['/guides/private-fostering/checker/', '/guides/private-fostering/'] },
  { who: 'public', query: 'close relative', expect: ['/glossary/close-relative/', '/guides/private-fostering/'] },
  { who: 'public', query: 'private foster carer', expect: ['/glossary/private-foster-carer/', '/guides/private-fostering/'] },
];
