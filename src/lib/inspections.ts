/** Inspections by id: their short distinct names and full titles, read from the `inspections` collection. */
import { inspectionById } from '../content';

type InspectionRef = string | { id: string };
const idOf = (ref: InspectionRef) => (typeof ref === 'string' ? ref : ref.id);

/** The inspection's short name, distinct from every other, e.g. "Walsall 2017 Ofsted inspection". */
export const inspectionName = (ref: InspectionRef) => inspectionById.get(idOf(ref))?.data.name ?? idOf(ref);

/** The inspection's full title, e.g. "Ofsted inspection of children’s services, Walsall, June to July 2017". */
export const inspectionTitle = (ref: InspectionRef) => inspectionById.get(idOf(ref))?.data.title ?? idOf(ref);

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "four inspections and reviews", "one inspection or review": how many the site traces, in words up to ten. */
export function inspectionCount(n: number): string {
  const count = NUMBER_WORDS[n] ?? String(n);
  return n === 1 ? `${count} inspection or review` : `${count} inspections and reviews`;
}

/** A recommendation's distinct name, e.g. "Walsall 2017 Ofsted inspection, recommendation 7". */
export const recommendationName = ({ inspection, number }: { inspection: InspectionRef; number: string }) =>
  `${inspectionName(inspection)}, recommendation ${number}`;
