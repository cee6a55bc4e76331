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

/** Builds the tree without ignored nodes; their children move up to the nearest kept ancestor. */
function buildTree(nodes) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  /** @returns {any[]} */
  const visit = (axNode) => {
    const children = (axNode.childIds ?? []).flatMap((id) => (byId.has(id) ? visit(byId.get(id)) : []));
    if (axNode.ignored || ['none', 'generic', 'InlineTextBox', 'LineBreak'].includes(axNode.role?.value)) {
      // Generic containers carry no meaning for AT; keep their content.
      return children;
    }
    const node = simplify(axNode);
    if (children.length) node.children = children;
    return [node];
  };
  const root = nodes.find((n) => !n.parentId);
  return root ? visit(root)[0] : null;
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
        let params = {};
        if (payload?.selector) {
          const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
          const { nodeId } = await cdp.send('DOM.querySelector', {
            nodeId: root.nodeId,
            selector: payload.selector,
          });
          if (!nodeId) throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
          params = { nodeId };
        }
        const { nodes } = payload?.selector
          ? await cdp.send('Accessibility.getPartialAXTree', { ...params, fetchRelatives: false })
          : await cdp.send('Accessibility.getFullAXTree');
        if (payload?.selector) {
          // A partial tree holds the node only: fetch its subtree by walking children.
          const full = await cdp.send('Accessibility.getFullAXTree');
          const rootId = nodes[0]?.nodeId;
          const keep = new Set();
          const byId = new Map(full.nodes.map((n) => [n.nodeId, n]));
          const mark = (id) => {
            keep.add(id);
            for (const child of byId.get(id)?.childIds ?? []) mark(child);
          };
          if (rootId) mark(rootId);
          const subset = full.nodes
            .filter((n) => keep.has(n.nodeId))
            .map((n) => (n.nodeId === rootId ? { ...n, parentId: undefined } : n));
          return buildTree(subset);
        }
        return buildTree(nodes);
      } finally {
        await cdp.detach();
      }
    },
  };
}
