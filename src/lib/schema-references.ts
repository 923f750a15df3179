/**
 * Finds every `reference()` in a zod schema, so that the integrity check follows the schemas themselves and a new
 * reference field can never be left unchecked. Astro's `reference(collection)` turns an id into
 * `{ id, collection }`; a node that does exactly that to a probe id is a reference, and its collection is read off
 * the result.
 */
import type { z } from 'astro/zod';

const PROBE = '__reference-probe__';

/** Field path (as `valuesAt` reads it: `figures[].citation.source`) → the collection it refers to. */
export type ReferenceFields = Record<string, string>;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The collection a schema node refers to, if it is a reference. */
export function referencedCollection(schema: z.ZodType): string | undefined {
  if (defOf(schema).type !== 'pipe') return undefined;
  const result = schema.safeParse(PROBE);
  if (!result.success) return undefined;
  const value = result.data as { id?: unknown; collection?: unknown } | null;
  if (!value || typeof value !== 'object' || Object.keys(value).length !== 2) return undefined;
  return value.id === PROBE && typeof value.collection === 'string' ? value.collection : undefined;
}

/** Every reference field in `schema`, by field path. */
export function referenceFields(schema: z.ZodType): ReferenceFields {
  const found: ReferenceFields = {};
  const seen = new Set<z.ZodType>();
  const walk = (node: z.ZodType | undefined, path: string) => {
    if (!node || seen.has(node)) return;
    const collection = referencedCollection(node);
    if (collection) {
      found[path] = collection;
      return;
    }
    const def = defOf(node);
    const children: Array<[z.ZodType | undefined, string]> = [];
    if (def.type === 'object')
      for (const [key, child] of Object.entries(def.shape ?? {})) children.push([child, path ? `${path}.${key}` : key]);
    else if (def.type === 'array') children.push([def.element, `${path}[]`]);
    else if (def.type === 'union') for (const option of def.options ?? []) children.push([option, path]);
    else if (def.type === 'intersection') children.push([def.left, path], [def.right, path]);
    else if (def.type === 'pipe') children.push([def.in, path], [def.out, path]);
    else if (def.type === 'lazy') children.push([def.getter?.(), path]);
    else if (def.innerType) children.push([def.innerType, path]);
    seen.add(node);
    for (const [child, at] of children) walk(child, at);
    seen.delete(node);
  };
  walk(schema, '');
  return found;
}
