/**
 * "Do I need to tell the council?" as a decision tree of plain linked pages, so it works without JavaScript.
 * Based on the Children Act 1989, Part IX, and the Children (Private Arrangements for Fostering) Regulations 2005,
 * as they stood in 2024.
 */
export interface Choice {
  label: string;
  /** The id of the next step or result. */
  next: string;
}

export interface Step {
  kind: 'step';
  id: string;
  question: string;
  hint?: string;
  choices: Choice[];
}

export interface Result {
  kind: 'result';
  id: string;
  /** must-tell: private fostering; not-private-fostering: no duty; check: ask the council. */
  verdict: 'must-tell' | 'not-private-fostering' | 'check';
  heading: string;
  body: string[];
  /** Show how to tell the council: how to find it, what to say and what to have ready. */
  howToTell?: boolean;
  /** Show the next step for someone who should have told the council already. */
  late?: boolean;
}

export const FIRST_STEP = 'age';

export const STEPS: Step[] = [
  {
    kind: 'step',
    id: 'age',
    question: 'How old is the child?',
    choices: [
      { label: 'Under 16', next: 'parent' },
      { label: '16 or 17', next: 'disabled' },
      { label: '18 or over', next: 'result-adult' },
    ],
  },
  {
    kind: 'step',
    id: 'disabled',
    question: 'Is the child disabled?',
    hint: 'For private fostering, the age limit is 18 for a disabled child instead of 16.',
    choices: [
      { label: 'Yes', next: 'parent' },
      { label: 'No', next: 'result-over-16' },
    ],
  },
  {
    kind: 'step',
    id: 'parent',
    question: 'Is the person caring for the child their parent, or someone with parental responsibility for them?',
    hint: 'Parental responsibility means the legal rights and duties a parent has. A court order can give it to someone else, such as a special guardian.',
    choices: [
      { label: 'Yes', next: 'result-parent' },
      { label: 'No', next: 'relative' },
    ],
  },
  {
    kind: 'step',
    id: 'relative',
    question: 'How is the carer related to the child?',
    hint: 'Half-relatives and relatives by marriage or civil partnership count the same as full relatives.',
    choices: [
      { label: 'Grandparent', next: 'result-close-relative' },
      { label: 'Brother or sister', next: 'result-close-relative' },
      { label: 'Aunt or uncle', next: 'result-close-relative' },
      { label: 'Step-parent', next: 'result-close-relative' },
      { label: 'Cousin, great-aunt or great-uncle', next: 'council' },
      { label: 'Family friend, a friend’s parent or a host family', next: 'council' },
      { label: 'Someone else', next: 'council' },
    ],
  },
  {
    kind: 'step',
    id: 'council',
    question: 'Did the council’s children’s services place the child with the carer?',
    hint: 'For example, as a foster placement or a placement with family or friends arranged by social workers.',
    choices: [
      { label: 'Yes, the council arranged it', next: 'result-looked-after' },
      { label: 'No, the family arranged it privately', next: 'where' },
    ],
  },
  {
    kind: 'step',
    id: 'where',
    question: 'Where is the child staying?',
    choices: [
      { label: 'In the carer’s home', next: 'length' },
      { label: 'At a boarding school, during term', next: 'result-institution' },
      { label: 'At a boarding school, during the school holidays', next: 'holiday' },
      { label: 'In a hospital or a children’s home', next: 'result-institution' },
    ],
  },
  {
    kind: 'step',
    id: 'holiday',
    question: 'Is the child under 16, and staying at the school for more than two weeks of the holidays?',
    choices: [
      { label: 'Yes', next: 'result-holiday' },
      { label: 'No', next: 'result-institution' },
    ],
  },
  {
    kind: 'step',
    id: 'length',
    question: 'How long will the child live with the carer?',
    hint: 'Count from the day the child arrived, or will arrive. What was planned counts, not only what has happened so far.',
    choices: [
      { label: '28 days or more, or it is meant to be that long', next: 'started' },
      { label: 'Less than 28 days, and not meant to be longer', next: 'result-short-stay' },
      { label: 'Not sure yet', next: 'result-not-sure' },
    ],
  },
  {
    kind: 'step',
    id: 'started',
    question: 'Has the child already moved in?',
    choices: [
      { label: 'No, it starts in six weeks or more', next: 'result-tell-six-weeks' },
      { label: 'No, but it starts in less than six weeks', next: 'result-tell-now' },
      { label: 'Yes, the child already lives there', next: 'result-tell-now' },
    ],
  },
];

const WHAT_NEXT =
  'Within seven working days, someone from the council will visit. They talk to the carer and the household and see the child, on their own if that is right for the child. They then visit regularly while the child stays.';
const OFFENCE = 'Not telling the council about private fostering is an offence.';

/** GOV.UK's service that finds the council for an address: this site cannot know which council covers the reader. */
export const FIND_COUNCIL_URL = 'https://www.gov.uk/find-your-local-council';

/**
 * How to tell the council. What to have ready follows Schedule 1 of the 2005 regulations, which also say a notice
 * holds what the person giving it is able to provide (regulations 3(4) and 5(2)).
 */
export const HOW_TO_TELL = {
  heading: 'How to tell the council',
  find: 'Tell the council for the area where the child lives, or will live, with the carer. This site cannot know which council that is.',
  findLink: 'Find it with GOV.UK’s “Find your local council” service',
  steps: [
    'Contact that council’s children’s services, by phone or through its website.',
    'Say you want to tell them about a child who is privately fostered.',
    'Give the child’s name and date of birth, the carer’s name and address, and the parents’ names and addresses.',
    'Give what you know. You do not need every detail to tell them.',
  ],
  danger: 'If a child is in danger right now, call 999.',
};

/**
 * For someone who should have told the council already. Regulation 5 of the 2005 regulations requires notice where none
 * was given in advance; section 67 of the Children Act 1989 gives the council for the child's area its duty to check the child's welfare.
 */
export const LATE = {
  heading: 'Should you have told the council already?',
  body: [
    'Then tell the council now. Do not wait until you have every detail.',
    'The rules still expect you to tell it, even when the child has lived with you for some time.',
    'The council’s job is to check that the child is safe and well cared for, and to give advice where it is needed.',
  ],
};

export const RESULTS: Result[] = [
  {
    kind: 'result',
    id: 'result-tell-six-weeks',
    verdict: 'must-tell',
    heading: 'Yes: this is private fostering. Tell the council at least six weeks before the child moves in.',
    body: [
      'The carer has to let the council know six weeks or more before the child moves in.',
      'The child’s parents, and anyone who helped arrange it, should also tell the council as soon as they can.',
      WHAT_NEXT,
      OFFENCE,
    ],
    howToTell: true,
  },
  {
    kind: 'result',
    id: 'result-tell-now',
    verdict: 'must-tell',
    heading: 'Yes: this is private fostering. Tell the council now.',
    body: [
      'When the child has already moved in, or will move in within six weeks, the carer must tell the council straight away. Many councils ask to hear within 48 hours.',
      'The child’s parents, and anyone who helped arrange it, should also tell the council as soon as they can.',
      WHAT_NEXT,
      OFFENCE,
    ],
    howToTell: true,
    late: true,
  },
  {
    kind: 'result',
    id: 'result-holiday',
    verdict: 'must-tell',
    heading: 'Yes: this can count as private fostering. Tell the council.',
    body: [
      'A child under 16 who stays at a school for more than two weeks of the school holidays can be privately fostered.',
      'Contact the council’s children’s services to tell them and check what they need.',
    ],
    howToTell: true,
    late: true,
  },
  {
    kind: 'result',
    id: 'result-short-stay',
    verdict: 'not-private-fostering',
    heading: 'No: a stay of less than 28 days is not private fostering.',
    body: [
      'You do not need to tell the council about a stay of 27 days or less that is not meant to last longer.',
      'If plans change and the child will stay for 28 days or more, it becomes private fostering. Tell the council straight away then.',
    ],
  },
  {
    kind: 'result',
    id: 'result-not-sure',
    verdict: 'check',
    heading: 'Check with the council if the stay might reach 28 days.',
    body: [
      'If the child may stay for 28 days or more, it is safest to tell the council now. It can then give advice and support.',
      'If the stay ends within 27 days, it is not private fostering.',
    ],
    howToTell: true,
  },
  {
    kind: 'result',
    id: 'result-close-relative',
    verdict: 'not-private-fostering',
    heading: 'No: a child living with a close relative is not privately fostered.',
    body: [
      'Grandparents, brothers and sisters, aunts and uncles, and step-parents are close relatives. This includes half-relatives and relatives by marriage or civil partnership.',
      'You do not have to tell the council. The council can still offer advice and support if you ask.',
      'Cousins, great-aunts and great-uncles are not close relatives in law. If one of them is the carer, start the checker again and choose that answer.',
    ],
  },
  {
    kind: 'result',
    id: 'result-parent',
    verdict: 'not-private-fostering',
    heading: 'No: a child living with a parent, or someone with parental responsibility, is not privately fostered.',
    body: ['You do not have to tell the council under the private fostering rules.'],
  },
  {
    kind: 'result',
    id: 'result-looked-after',
    verdict: 'not-private-fostering',
    heading: 'No: the council already knows. A child placed by the council is looked after, not privately fostered.',
    body: ['Talk to the child’s social worker about any change in the child’s care.'],
  },
  {
    kind: 'result',
    id: 'result-institution',
    verdict: 'not-private-fostering',
    heading:
      'No: a child staying at a boarding school, hospital or children’s home is not privately fostered while they are there for that reason.',
    body: ['The one exception is a child under 16 who stays at a school for more than two weeks of the school holidays.'],
  },
  {
    kind: 'result',
    id: 'result-adult',
    verdict: 'not-private-fostering',
    heading: 'No: private fostering rules apply only to children.',
    body: ['Young people aged 18 or over are adults. The private fostering rules do not apply.'],
  },
  {
    kind: 'result',
    id: 'result-over-16',
    verdict: 'not-private-fostering',
    heading: 'No: private fostering applies to children under 16, or under 18 if they are disabled.',
    body: [
      'You do not have to tell the council about a 16 or 17 year old who is not disabled. The council can still give advice if you ask.',
    ],
  },
];

export const ALL_NODES: Array<Step | Result> = [...STEPS, ...RESULTS];
