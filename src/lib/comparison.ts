/** The comparison table and the responsibility diagram, built only from each permanence option's `facts`. */
import type { CollectionEntry } from 'astro:content';
import { LOOKED_AFTER, PR_HOLDERS, type PrHolder } from '../schemas/permanence';

type Option = CollectionEntry<'permanence'>;
export type Facts = NonNullable<Option['data']['facts']>;

/** The table's columns after the option's name: heading, and how to write the cell from an option's facts. */
export const COMPARISON_COLUMNS: Array<[string, (f: Facts) => string]> = [
  ['Legal basis', (f) => f.legalBasis],
  ['Parental responsibility', (f) => `${PR_HOLDERS[f.prHolder]}. ${f.parentalResponsibility}`],
  ['Stays looked after?', (f) => `${LOOKED_AFTER[f.lookedAfter]}. ${f.lookedAfterNote}`],
  ['Birth family', (f) => f.birthFamily],
  ['Support', (f) => f.support],
  ['How long it lasts', (f) => f.duration],
];

/** The options that have facts to compare, in their order. */
export const comparableOptions = (options: Option[]) => options.filter((p) => p.data.facts);

/** Options grouped by who holds parental responsibility, in the order of `PR_HOLDERS`; empty groups and "not applicable" left out. */
export function responsibilityGroups(options: Option[]): Array<{ holder: PrHolder; items: Option[] }> {
  const withFacts = options.filter((p) => p.data.facts && p.data.facts.prHolder !== 'not-applicable');
  return (Object.keys(PR_HOLDERS) as PrHolder[])
    .map((holder) => ({ holder, items: withFacts.filter((p) => p.data.facts!.prHolder === holder) }))
    .filter((g) => g.items.length > 0);
}
