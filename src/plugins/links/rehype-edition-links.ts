import type { Element, ElementContent, Root } from 'hast';

/**
 * In an edition build, a link in page text to another council's recommendation would lead nowhere: the link is
 * taken away and its words kept. `leftOut(href)` says which links go (see `leftOutRecommendation` in lib/editions);
 * content.ts counts the same links in the build log. Runs before the base path is added.
 */
export function rehypeEditionLinks({ leftOut }: { leftOut: (href: string) => string | undefined }) {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      const children: ElementContent[] = [];
      for (const child of node.children as ElementContent[]) {
        if (
          child.type === 'element' &&
          child.tagName === 'a' &&
          typeof child.properties?.href === 'string' &&
          leftOut(child.properties.href)
        ) {
          children.push(...child.children);
          continue;
        }
        if (child.type === 'element') visit(child);
        children.push(child);
      }
      node.children = children;
    };
    visit(tree);
  };
}
