import { describe, expect, it } from 'vitest';
import { ALL_NODES, FIRST_STEP, RESULTS, STEPS, type Result } from '../../src/lib/private-fostering-checker';

/** Follows the checker by choice labels, as a reader clicking through would. */
function walk(labels: string[]): Result {
  let node = ALL_NODES.find((n) => n.id === FIRST_STEP)!;
  for (const label of labels) {
    if (node.kind !== 'step') throw new Error(`Reached a result before "${label}"`);
    const choice = node.choices.find((c) => c.label.startsWith(label));
    if (!choice) throw new Error(`No choice "${label}" at step ${node.id}`);
    node = ALL_NODES.find((n) => n.id === choice.next)!;
  }
  if (node.kind !== 'result') throw new Error(`Stopped at step ${node.id}`);
  return node;
}

describe('private fostering checker', () => {
  it('every choice leads somewhere that exists, and every node is reachable', () => {
    const ids = new Set(ALL_NODES.map((n) => n.id));
    const reached = new Set([FIRST_STEP]);
    for (const step of STEPS)
      for (const c of step.choices) {
        expect(ids.has(c.next), `${step.id} → ${c.next}`).toBe(true);
        reached.add(c.next);
      }
    expect([...ids].filter((id) => !reached.has(id))).toEqual([]);
  });

  it('a grandparent is a close relative: no duty to tell', () => {
    expect(walk(['Under 16', 'No', 'Grandparent']).verdict).toBe('not-private-fostering');
  });

  it('a cousin caring for 28 days or more must tell the council', () => {
    expect(walk(['Under 16', 'No', 'Cousin', 'No, the family', 'In the carer', '28 days or more', 'Yes, the child already']).id).toBe(
      'result-tell-now',
    );
  });

  it('27 days is not private fostering; 28 days is', () => {
    expect(walk(['Under 16', 'No', 'Family friend', 'No, the family', 'In the carer', 'Less than 28 days']).verdict).toBe(
      'not-private-fostering',
    );
    expect(
      walk(['Under 16', 'No', 'Family friend', 'No, the family', 'In the carer', '28 days or more', 'No, it starts in six weeks']).id,
    ).toBe('result-tell-six-weeks');
  });

  it('a 15-year-old can be privately fostered', () => {
    expect(
      walk(['Under 16', 'No', 'Someone else', 'No, the family', 'In the carer', '28 days or more', 'No, but it starts in less']).verdict,
    ).toBe('must-tell');
  });

  it('a disabled 17-year-old can be privately fostered; a 17-year-old who is not disabled cannot', () => {
    expect(
      walk(['16 or 17', 'Yes', 'No', 'Family friend', 'No, the family', 'In the carer', '28 days or more', 'Yes, the child already'])
        .verdict,
    ).toBe('must-tell');
    expect(walk(['16 or 17', 'No']).verdict).toBe('not-private-fostering');
  });

  it('a boarding-school holiday stay of more than two weeks by a child under 16 counts', () => {
    expect(
      walk(['Under 16', 'No', 'Someone else', 'No, the family', 'At a boarding school, during the school holidays', 'Yes']).verdict,
    ).toBe('must-tell');
    expect(walk(['Under 16', 'No', 'Someone else', 'No, the family', 'At a boarding school, during term']).verdict).toBe(
      'not-private-fostering',
    );
  });

  it('every result says something', () => {
    for (const r of RESULTS) expect(r.body.length).toBeGreaterThan(0);
  });
});

describe('private fostering checker wording', () => {
  it('gives every step a question and every choice a label; hints, where given, say something', () => {
    for (const step of STEPS) {
      expect(step.kind).toBe('step');
      expect(step.question.trim(), step.id).not.toBe('');
      if ('hint' in step) expect(step.hint?.trim(), step.id).not.toBe('');
      expect(step.choices.length, step.id).toBeGreaterThanOrEqual(2);
      for (const c of step.choices) expect(c.label.trim(), `${step.id} → ${c.next}`).not.toBe('');
    }
  });

  it('gives every result a heading that agrees with its verdict, and body lines that say something', () => {
    const opening = { 'must-tell': 'Yes', 'not-private-fostering': 'No', check: 'Check' } as const;
    for (const r of RESULTS) {
      expect(r.kind).toBe('result');
      expect(r.heading.startsWith(opening[r.verdict]), r.id).toBe(true);
      for (const line of r.body) expect(line.trim(), r.id).not.toBe('');
    }
  });

  it('tells every reader who must or may need to tell the council how to, and warns of the offence when it is certain', () => {
    const howToTell = (r: Result) => r.howToTell === true;
    const offence = (r: Result) => r.body.includes('Not telling the council about private fostering is an offence.');
    expect(
      RESULTS.filter(howToTell)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['result-holiday', 'result-not-sure', 'result-tell-now', 'result-tell-six-weeks']);
    expect(
      RESULTS.filter((r) => r.late)
        .map((r) => r.id)
        .sort(),
      'the step for someone who should have told the council already',
    ).toEqual(['result-holiday', 'result-tell-now']);
    expect(
      RESULTS.filter(offence)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['result-tell-now', 'result-tell-six-weeks']);
  });
});
