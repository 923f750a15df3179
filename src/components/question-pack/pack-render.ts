/**
 * The builder's printable pack, drawn in the browser with the same markup and classes as the ready-made packs
 * (PackCover.astro and PackDocument.astro), so both print alike. The builder loads it once its controls work.
 */
import { shortGoodAnswer, type PackQuestion } from './pack-text';
import { make } from './make';

export { markPrintAddress, markPrintDate } from './print-marks';

/** The first page: title, the recommendations the questions support, date, address and the numbered questions. */
export function packCover(title: string, recommendations: string[], questions: PackQuestion[]): HTMLElement {
  const cover = make('div', undefined, 'pack-cover');
  const heading = make('h2', undefined, 'pack-cover__title');
  heading.id = 'preview-title';
  heading.append(make('span', 'Question pack', 'caption'), title);
  const facts = make('dl', undefined, 'pack-cover__facts');
  const fact = (label: string, value: string, printOnly = false) => {
    const row = make('div', undefined, printOnly ? 'print-only' : undefined);
    const dd = make('dd', value);
    row.append(make('dt', label), dd);
    facts.append(row);
    return dd;
  };
  if (recommendations.length) fact(recommendations.length === 1 ? 'Recommendation' : 'Recommendations', recommendations.join('; '));
  fact('Printed', '', true).dataset.printDate = '';
  fact('Address', '', true).dataset.printAddress = '';
  const list = make('ol', undefined, 'pack-contents');
  list.append(...questions.map((q) => make('li', q.title)));
  cover.append(heading, facts, make('h3', 'Questions in this pack', 'pack-contents__heading'), list);
  return cover;
}

/** One question as the packs print it. */
export function packQuestion(q: PackQuestion): HTMLLIElement {
  const li = make('li', undefined, 'pack-question');
  const h = make('h3', undefined, 'pack-question__title');
  const a = make('a', q.title);
  a.href = q.url;
  a.dataset.printUrl = a.href;
  h.append(a);
  const lists = make('div', undefined, 'pack-question__lists');
  const list = (heading: string, items: string[], className?: string) => {
    if (!items.length) return;
    const block = make('div');
    const ul = make('ul', undefined, className);
    ul.append(...items.map((t) => make('li', t)));
    block.append(make('h4', heading), ul);
    lists.append(block);
  };
  list('Follow-up prompts', q.prompts);
  list('Evidence to ask for', q.evidence, 'tick-list');
  const answer = make('div', undefined, 'pack-question__answer');
  const short = shortGoodAnswer(q.goodAnswer);
  const good = make('p', short, 'pack-question__good');
  if (short !== q.goodAnswer) {
    const more = make('a', 'Read the full answer', 'no-print');
    more.href = `${q.url}#good-answer`;
    more.append(make('span', ` to “${q.title}”`, 'visually-hidden'));
    good.append(' ', more);
  }
  answer.append(make('h4', 'What good looks like'), good, make('h4', 'Notes'), make('div', undefined, 'answer-space'));
  answer.append(make('p', `Sources: ${q.sources.join('; ')}. Facts describe ${q.factsDate}.`, 'pack-question__sources'));
  li.append(h, lists, answer);
  return li;
}
