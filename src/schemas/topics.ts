/** The controlled list of topics. Every content page picks one or more. */
export const TOPICS = {
  'permanence-options': 'Permanence options',
  'permanence-planning': 'Permanence planning and timeliness',
  adoption: 'Adoption',
  'special-guardianship': 'Special guardianship',
  'kinship-care': 'Kinship, family and friends care',
  'foster-care': 'Foster care',
  'residential-care': 'Residential care',
  reunification: 'Return home to birth parents',
  'childs-voice': "The child's voice",
  'support-after-permanence': 'Support after permanence',
  'birth-family-contact': 'Contact with the birth family',
  'recruitment-and-matching': 'Recruiting carers and matching',
  'courts-and-law': 'Courts and the law',
  'corporate-parenting': 'Corporate parenting',
  scrutiny: 'Scrutiny',
  inspection: 'Inspection and improvement',
  'performance-data': 'Performance and data',
  'private-fostering': 'Private fostering',
  'care-leavers': 'Care leavers',
  safeguarding: 'Safeguarding and thresholds',
  'life-story': 'Life story work and identity',
  'education-and-health': 'Education and health',
} as const;

export type Topic = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [Topic, ...Topic[]];

/** Who a page is written for. */
export const AUDIENCES = {
  'new-member': 'New members',
  scrutiny: 'Scrutiny chairs',
  public: 'The public',
} as const;

export type Audience = keyof typeof AUDIENCES;
export const AUDIENCE_IDS = Object.keys(AUDIENCES) as [Audience, ...Audience[]];
