// A trie of names by character code, for the walks that look up place names (core/read/divisions.ts)
// and indicator names (core/read/indicators.ts) at a position of a text. Its edges are one open-addressing
// hash table in one typed array: a step down reads one slot, three neighbouring numbers (the node the
// edge leaves, its character, the node it leads to), not a Map lookup per character.
// Nodes are numbers (0 is the root); what a node stands for is kept by the caller, by node number.

const FREE = -1;

export class CharTrie {
  private slots: Int32Array; // slot k: [3k] parent node or FREE, [3k + 1] character, [3k + 2] child node
  private mask: number; // slot count - 1 (a power of two)
  private shift: number; // 32 - log2(slot count): the hash keeps the product's top bits
  private edges = 0;
  /** Nodes made so far, the root included: node numbers are 0 .. size - 1. */
  size = 1;

  constructor(slots = 64) {
    let n = 16;
    while (n < slots) n <<= 1;
    this.mask = n - 1;
    this.shift = 32 - Math.log2(n);
    this.slots = new Int32Array(3 * n).fill(FREE);
  }

  /** The node reached from `node` by character `code`, or -1. */
  child(node: number, code: number): number {
    const { slots, mask } = this;
    for (let h = slot(node, code, this.shift); ; h = (h + 1) & mask) {
      const p = slots[3 * h];
      if (p === node && slots[3 * h + 1] === code) return slots[3 * h + 2];
      if (p === FREE) return -1;
    }
  }

  /** The node of `name`, made (with the nodes on its way) when missing. */
  add(name: string): number {
    let node = 0;
    for (let k = 0; k < name.length; k++) {
      const code = name.charCodeAt(k);
      const next = this.child(node, code);
      node = next >= 0 ? next : this.link(node, code, this.size++);
    }
    return node;
  }

  private link(node: number, code: number, child: number): number {
    // At most half full, so that a missing edge is found after a short run of slots.
    if (2 * (this.edges + 1) > this.mask + 1) this.grow();
    this.put(node, code, child);
    this.edges++;
    return child;
  }

  private put(node: number, code: number, child: number): void {
    const { slots, mask } = this;
    let h = slot(node, code, this.shift);
    while (slots[3 * h] !== FREE) h = (h + 1) & mask;
    slots[3 * h] = node;
    slots[3 * h + 1] = code;
    slots[3 * h + 2] = child;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * this.mask + 1;
    this.shift--;
    this.slots = new Int32Array(3 * (this.mask + 1)).fill(FREE);
    for (let k = 0; k < old.length; k += 3) if (old[k] !== FREE) this.put(old[k], old[k + 1], old[k + 2]);
  }
}

// Fibonacci hashing of the edge (node, code): the top bits of one multiplication. Past 32,767 nodes
// `node << 16` wraps, which only spreads the keys less evenly; the slot still holds both numbers.
const slot = (node: number, code: number, shift: number) => Math.imul((node << 16) ^ code, 0x9e3779b1) >>> shift;
