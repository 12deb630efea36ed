// A trie of names by character code, for the walks that look up place names (core/read/divisions.ts)
// and indicator names (core/read/indicators.ts) at a position of a text. Nodes are numbers (0 is the
// root), each with a Map from character code to child; what a node stands for is kept by the caller.

export class CharTrie {
  private edges: Array<Map<number, number>> = [new Map()];

  /** Nodes made so far, the root included: node numbers are 0 .. size - 1. */
  get size(): number {
    return this.edges.length;
  }

  /** The node reached from `node` by character `code`, or -1. */
  child(node: number, code: number): number {
    return this.edges[node].get(code) ?? -1;
  }

  /** The node of `name`, made (with the nodes on its way) when missing. */
  add(name: string): number {
    let node = 0;
    for (let k = 0; k < name.length; k++) {
      const code = name.charCodeAt(k);
      let next = this.child(node, code);
      if (next < 0) {
        next = this.edges.length;
        this.edges.push(new Map());
        this.edges[node].set(code, next);
      }
      node = next;
    }
    return node;
  }
}
