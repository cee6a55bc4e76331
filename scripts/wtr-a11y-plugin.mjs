// @ts-check
// A @web/test-runner plugin that reads Chromium's accessibility tree through the DevTools
// protocol (Playwright removed `page.accessibility`, which the stock a11ySnapshotPlugin needs).
// It returns what screen readers get: role, name, description, states, in tree order.

/** AX properties copied onto each node, by their CDP names. */
const PROPERTIES = [
  'invalid',
  'disabled',
  'expanded',
  'level',
  'checked',
  'required',
  'focused',
  'modal',
  'live',
  'readonly',
  'selected',
  'pressed',
];

/** @param {any} axNode */
function simplify(axNode) {
  /** @type {Record<string, unknown>} */
  const node = { role: axNode.role?.value ?? '', name: axNode.name?.value ?? '' };
  if (axNode.description?.value) node.description = axNode.description.value;
  if (axNode.value?.value !== undefined && axNode.value.value !== '') node.value = axNode.value.value;
  for (const property of axNode.properties ?? []) {
    if (PROPERTIES.includes(property.name)) node[property.name] = property.value?.value;
  }
  return node;
}

/**
 * Builds the tree from `rootNode` without ignored nodes; their children move up to the nearest
 * kept ancestor. Generic containers carry no meaning for assistive technologies: skipped too.
 */
/**
 * @param {any[]} nodes
 * @param {any} rootNode
 */
function buildTree(nodes, rootNode) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  /** @returns {any[]} */
  const visit = (/** @type {any} */ axNode) => {
    const children = (axNode.childIds ?? []).flatMap((/** @type {string} */ id) =>
      byId.has(id) ? visit(byId.get(id)) : [],
    );
    if (axNode.ignored || ['none', 'generic', 'InlineTextBox', 'LineBreak'].includes(axNode.role?.value))
      return children;
    const node = simplify(axNode);
    if (children.length) node.children = children;
    return [node];
  };
  const kept = visit(rootNode);
  // A skipped root (a generic element picked by selector) still answers as one node.
  return kept.length === 1 ? kept[0] : { role: 'generic', name: '', children: kept };
}

export function a11yTreePlugin() {
  return {
    name: 'gouvkit-a11y-tree',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        let rootNode = nodes.find((/** @type {any} */ n) => !n.parentId);
        if (payload?.selector) {
          // Resolve the selector (piercing open shadow roots) to its DOM node, then to its AX node.
          const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
          const { nodeId } = await cdp.send('DOM.querySelector', {
            nodeId: root.nodeId,
            selector: payload.selector,
          });
          if (!nodeId) throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
          const { node } = await cdp.send('DOM.describeNode', { nodeId });
          rootNode = nodes.find((/** @type {any} */ n) => n.backendDOMNodeId === node.backendNodeId);
          if (!rootNode) throw new Error(`a11y-tree: ${payload.selector} is not in the accessibility tree`);
        }
        return rootNode ? buildTree(nodes, rootNode) : null;
      } finally {
        await cdp.detach();
      }
    },
  };
}
