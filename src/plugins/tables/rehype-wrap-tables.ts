import type { Element, Root } from 'hast';

/** Wraps each Markdown table in a focusable, labelled region that scrolls sideways on narrow screens. */
export function rehypeWrapTables() {
  return (tree: Root) => {
    let count = 0;
    const visit = (node: Root | Element) => {
      node.children = node.children.map((child) => {
        if (child.type !== 'element') return child;
        if (child.tagName !== 'table') {
          visit(child);
          return child;
        }
        count += 1;
        const wrapper: Element = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['table-wrap'], tabIndex: 0, ariaLabel: `Table ${count}` },
          children: [child],
        };
        return wrapper;
      });
    };
    visit(tree);
  };
}
