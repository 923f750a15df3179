import type { Element, Root } from 'hast';

/** Puts the site's base path in front of root-relative links written in content (`/glossary/` → `/kb/glossary/`). */
export function rehypeBaseLinks({ base }: { base: string }) {
  return (tree: Root) => {
    if (base === '/') return;
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const value = child.properties?.href;
        if (
          child.tagName === 'a' &&
          typeof value === 'string' &&
          value.startsWith('/') &&
          !value.startsWith('//') &&
          !value.startsWith(base)
        ) {
          child.properties.href = base + value.slice(1);
        }
        visit(child);
      }
    };
    visit(tree);
  };
}
