import { executeServerCommand } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree, as assistive technologies receive it. */
export interface A11yNode {
  role: string;
  name: string;
  description?: string;
  value?: string | number;
  invalid?: string;
  disabled?: boolean;
  expanded?: boolean;
  required?: boolean;
  checked?: string;
  focused?: boolean;
  modal?: boolean;
  selected?: boolean;
  live?: string;
  level?: number;
  children?: A11yNode[];
}

/**
 * The accessibility tree of the page, or of the element matching `selector` (which may be
 * inside open shadow roots). Generic containers are left out, as screen readers skip them.
 */
export async function accessibilityTree(selector?: string): Promise<A11yNode> {
  return executeServerCommand<A11yNode, { selector?: string }>('a11y-tree', { selector });
}

/** All nodes of `tree` matching `predicate`, in tree order. */
export function collectA11yNodes(tree: A11yNode, predicate: (node: A11yNode) => boolean): A11yNode[] {
  const found: A11yNode[] = [];
  const visit = (node: A11yNode) => {
    if (predicate(node)) found.push(node);
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

/** The first node of the page's accessibility tree matching `predicate`, or null. */
export async function findA11yNode(predicate: (node: A11yNode) => boolean, selector?: string) {
  return collectA11yNodes(await accessibilityTree(selector), predicate)[0] ?? null;
}
