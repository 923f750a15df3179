/**
 * Where national pages say "tell your council" or "your council's offer", an edition shows its council's own page.
 * Keyed by `<collection>/<id>`; a page not listed shows nothing. The full site (every council) shows nothing here.
 */
import type { CouncilPageField } from '../schemas/councils';

export const COUNCIL_PAGE_FOR: Record<string, CouncilPageField> = {
  'guides/private-fostering': 'privateFostering',
  'glossary/private-fostering': 'privateFostering',
  'glossary/private-foster-carer': 'privateFostering',
  'training/private-fostering': 'privateFostering',
  'permanence/kinship-care': 'kinshipLocalOffer',
  'glossary/kinship-care': 'kinshipLocalOffer',
  'permanence/staying-put': 'careLeaversLocalOffer',
  'permanence/staying-close': 'careLeaversLocalOffer',
  'glossary/care-leaver': 'careLeaversLocalOffer',
  'glossary/local-offer-for-care-leavers': 'careLeaversLocalOffer',
};

/** The heading and lead-in for each kind of council page: short, plain sentences (the public guide's rules). */
export const COUNCIL_PAGE_WORDS: Record<CouncilPageField, { heading: (place: string) => string; lead: (council: string) => string }> = {
  privateFostering: {
    heading: (place) => `If you live in ${place}`,
    lead: (council) => `This is how to tell ${council} about a child who is privately fostered:`,
  },
  kinshipLocalOffer: {
    heading: (place) => `Kinship care in ${place}`,
    lead: (council) => `${council} sets out its help for kinship families here:`,
  },
  careLeaversLocalOffer: {
    heading: (place) => `Leaving care in ${place}`,
    lead: (council) => `${council} sets out its help for care leavers here:`,
  },
  childrenServices: {
    heading: (place) => `Children's services in ${place}`,
    lead: (council) => `Contact ${council}'s children's services here:`,
  },
};
