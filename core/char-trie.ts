// A trie of names by character code, for the walks that look up place names (core/divisions.ts)
// and indicator names (core/indicators.ts) at a position of a text. Its edges are one open-addressing
// hash table in typed arrays: a step down is a few array reads, not a Map lookup per character.
// Nodes are numbers (0 is the root); what a node stands for is kept by the caller, by node number.

export class CharTrie {
  private parents: Int32Array; // per slot: the node an edge leaves, -1 when the slot is free
  private codes: Uint16Array; // per slot: the character on the edge
  private children: Int32Array; // per slot: the node the edge leads to
  private mask: number;
  private edges = 0;
  /** Nodes made so far, the root included: node numbers are 0 .. size - 1. */
  size = 1;

  constructor(slots = 64) {
    let n = 16;
    while (n < slots) n <<= 1;
    this.mask = n - 1;
    this.parents = new Int32Array(n).fill(-1);
    this.codes = new Uint16Array(n);
    this.children = new Int32Array(n);
  }

  /** The node reached from `node` by character `code`, or -1. */
  child(node: number, code: number): number {
    const mask = this.mask;
    for (let h = slot(node, code, mask); ; h = (h + 1) & mask) {
      const p = this.parents[h];
      if (p === node && this.codes[h] === code) return this.children[h];
      if (p === -1) return -1;
    }
  }

  /** The node of `name`, made (with the nodes on its way) when missing. */
  add(name: string): number {
    let node = 0;
    for (let k = 0; k < name.length; k++) {
      const code = name.charCodeAt(k);
      const next = this.child(node, code);
      node = next >= 0 ? next : this.link(node, code);
    }
    return node;
  }

  private link(node: number, code: number): number {
    // At most half full, so that a missing edge is found after a short run of slots.
    if (2 * (this.edges + 1) > this.mask + 1) this.grow();
    const mask = this.mask;
    let h = slot(node, code, mask);
    while (this.parents[h] !== -1) h = (h + 1) & mask;
    this.parents[h] = node;
    this.codes[h] = code;
    this.children[h] = this.size;
    this.edges++;
    return this.size++;
  }

  private grow(): void {
    const { parents, codes, children } = this;
    const n = 2 * (this.mask + 1);
    this.mask = n - 1;
    this.parents = new Int32Array(n).fill(-1);
    this.codes = new Uint16Array(n);
    this.children = new Int32Array(n);
    for (let i = 0; i < parents.length; i++) {
      if (parents[i] === -1) continue;
      let h = slot(parents[i], codes[i], this.mask);
      while (this.parents[h] !== -1) h = (h + 1) & this.mask;
      this.parents[h] = parents[i];
      this.codes[h] = codes[i];
      this.children[h] = children[i];
    }
  }
}

// Fibonacci hashing of the edge (node, code): the top bits of one multiplication.
const slot = (node: number, code: number, mask: number) => (Math.imul((node << 16) ^ code, 0x9e3779b1) >>> 12) & mask;
