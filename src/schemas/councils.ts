import { z } from 'astro/zod';

/** A page on the council's own website (or its safeguarding partnership's) that readers are sent to. */
export const CouncilPageSchema = z.object({
  /** The exact https address of the page. */
  url: z.url({ protocol: /^https$/ }),
  /** What the page is, in your own words: used as the link text, e.g. "Private fostering: tell Walsall Council". */
  title: z.string().min(5).max(120),
  /** When an editor last opened the page and saw it still says this (YYYY-MM-DD). */
  checked: z.coerce.date(),
});

/**
 * A council with its own edition: `content/editions/<council>/council.mdx`. The folder name is its id.
 * Each page is optional: leave a field out until you have found and checked the council's own page.
 */
export const CouncilSchema = z.object({
  /** The council's name as it uses it, e.g. "Walsall Council". */
  name: z.string().min(3).max(80),
  /** The place, for sentences such as "If you live in Walsall", e.g. "Walsall", "Telford and Wrekin". */
  place: z.string().min(2).max(60),
  /** The council's page for its children's services: the general way in. */
  childrenServices: CouncilPageSchema.optional(),
  /** Where to tell the council about private fostering: shown on the private fostering guide and checker. */
  privateFostering: CouncilPageSchema.optional(),
  /** The council's kinship local offer: shown on the kinship care pages. */
  kinshipLocalOffer: CouncilPageSchema.optional(),
  /** The council's local offer for care leavers: shown on the leaving care pages. */
  careLeaversLocalOffer: CouncilPageSchema.optional(),
});

export type CouncilPage = z.output<typeof CouncilPageSchema>;
/** The council pages a national page can point readers to. */
export type CouncilPageField = 'childrenServices' | 'privateFostering' | 'kinshipLocalOffer' | 'careLeaversLocalOffer';
