/** Finding every reference in a zod schema: the walk the integrity check relies on, over small schemas. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { referencedCollection, referenceFields } from '../../src/lib/schema-references';

/** The shape of Astro's `reference(collection)`: an id (or `{ id, collection }`) turned into `{ id, collection }`. */
const reference = (collection: string) =>
  z
    .union([z.string(), z.object({ id: z.string(), collection: z.string() })])
    .transform((value) => (typeof value === 'string' ? { id: value, collection } : value));

describe('a reference', () => {
  it('is a schema that turns an id into { id, collection }, and says which collection', () => {
    expect(referencedCollection(reference('glossary'))).toBe('glossary');
  });

  it('is not any other transform, pipe or plain schema', () => {
    expect(referencedCollection(z.string())).toBeUndefined();
    expect(referencedCollection(z.string().transform((s) => s.length))).toBeUndefined();
    expect(referencedCollection(z.string().transform((id) => ({ id, collection: 'x', extra: 1 })))).toBeUndefined();
    expect(referencedCollection(z.string().transform((id) => ({ id: `${id}!`, collection: 'x' })))).toBeUndefined();
    expect(referencedCollection(z.string().transform((id) => ({ id, collection: 7 })))).toBeUndefined();
    expect(referencedCollection(z.string().transform(() => null))).toBeUndefined();
    expect(referencedCollection(z.number().transform((n) => ({ id: String(n), collection: 'x' })))).toBeUndefined();
  });
});

describe('reference fields', () => {
  it('are found by path through objects, arrays, optional and default values, unions and pipes', () => {
    const schema = z
      .object({
        term: reference('glossary'),
        terms: z.array(reference('glossary')).default([]),
        law: reference('legislation').optional(),
        maybe: reference('sources').nullable(),
        citation: z.object({ source: reference('sources'), section: z.string() }),
        figures: z.array(z.object({ citation: z.object({ source: reference('sources') }) })),
        pages: z.array(
          z.union([z.object({ guides: reference('guides') }), z.object({ training: reference('training'), note: z.string() })]),
        ),
        both: z.intersection(z.object({ a: reference('a') }), z.object({ b: reference('b') })),
        later: z.lazy(() => z.object({ c: reference('c') })),
        title: z.string(),
        count: z.number().transform((n) => n * 2),
      })
      .transform((data) => ({ ...data, added: true }));
    expect(referenceFields(schema)).toEqual({
      term: 'glossary',
      'terms[]': 'glossary',
      law: 'legislation',
      maybe: 'sources',
      'citation.source': 'sources',
      'figures[].citation.source': 'sources',
      'pages[].guides': 'guides',
      'pages[].training': 'training',
      'both.a': 'a',
      'both.b': 'b',
      'later.c': 'c',
    });
  });

  it('are none in a schema without references', () => {
    expect(referenceFields(z.object({ title: z.string(), tags: z.array(z.string()) }))).toEqual({});
  });

  it('end at a schema used twice or within itself, rather than walking for ever', () => {
    const shared = z.object({ source: reference('sources') });
    type Node = { child?: Node };
    const tree: z.ZodType<Node> = z.lazy(() => z.object({ child: tree.optional(), cite: shared }));
    expect(referenceFields(z.object({ first: shared, second: shared }))).toEqual({ 'first.source': 'sources', 'second.source': 'sources' });
    expect(referenceFields(tree)).toMatchObject({ 'cite.source': 'sources' });
  });
});
