/**
 * A trie of words over UTF-16 code units, walked along a text itself: no
 * token or substring is sliced, joined or hashed as a string.
 *
 * Contract: a node is a number, the root (the empty word) 0. `first[unit]`
 * is the node a word's first code unit leads to, 0 where no word starts with
 * it; `child(node, unit)` the next node, 0 where no word goes on that way;
 * `values[node]` what the word ending at `node` was added with, -1 where no
 * word ends. Walking from a position of a text and noting every node with a
 * value gives the words starting there, shortest first (the last is the
 * longest match); a walk may read the text in either direction. Words can be
 * added at any time, also while walking (`nodeOf`).
 */
export class CodeUnitTrie {
  /** The node of each first code unit: most positions of a text cost this one read. */
  readonly first = new Int32Array(0x10000);
  /** Per node, its word's value (-1: none ends there). Replaced as it grows: read it after adding. */
  values = new Int32Array(1 << 8).fill(-1);
  /**
   * Edges below the first unit, open addressing: slot `s` holds (parent, unit, child) at `4s` (the
   * fourth entry unused: a slot never straddles a cache line); parent 0 marks a free slot.
   */
  private edges = new Int32Array(4 << 8);
  private edgeCount = 0;
  private nodes = 1;

  /** A trie of `words`, each with its index as value (a repeated word keeps its last). */
  static of(words: Iterable<string>): CodeUnitTrie {
    const trie = new CodeUnitTrie();
    let index = 0;
    for (const word of words) {
      const node = trie.nodeOf(word, 0, word.length); // before reading `values`: adding may replace it
      trie.values[node] = index++;
    }
    return trie;
  }

  /** The child of `node` along code unit `unit`, 0 when there is none. */
  child(node: number, unit: number): number {
    return node === 0 ? this.first[unit] : this.edges[this.slotOf(node, unit) + 2];
  }

  /** The node spelled by `text[start, end)`, made (with no value) where missing. */
  nodeOf(text: string, start: number, end: number): number {
    let node = 0;
    for (let k = start; k < end; k++) node = this.step(node, text.charCodeAt(k));
    return node;
  }

  /** The child of `node` along `unit`, made where missing. */
  private step(node: number, unit: number): number {
    if (node === 0) {
      const child = this.first[unit];
      return child !== 0 ? child : (this.first[unit] = this.newNode());
    }
    const at = this.slotOf(node, unit);
    return this.edges[at] !== 0 ? this.edges[at + 2] : this.addEdge(node, unit, at);
  }

  /** Where in `edges` the edge (`node`, `unit`) is, or the free slot where it goes. */
  private slotOf(node: number, unit: number): number {
    const edges = this.edges;
    const mask = edges.length - 1;
    let at = (((Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) >>> 0) << 2) & mask;
    while (edges[at] !== 0 && (edges[at] !== node || edges[at + 1] !== unit)) at = (at + 4) & mask;
    return at;
  }

  /** A new child of `node` along `unit` in the free slot at `at` (apart from `step`, which stays small enough to inline). */
  private addEdge(node: number, unit: number, at: number): number {
    const child = this.newNode();
    this.edges[at] = node;
    this.edges[at + 1] = unit;
    this.edges[at + 2] = child;
    if (++this.edgeCount * 16 > this.edges.length) this.rehash();
    return child;
  }

  private newNode(): number {
    const node = this.nodes++;
    if (node === this.values.length) {
      const more = new Int32Array(node * 2).fill(-1);
      more.set(this.values);
      this.values = more;
    }
    return node;
  }

  /** The edge table at twice the size: kept at most a quarter full, as every walk ends in a look-up that misses. */
  private rehash(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at] === 0) continue;
      const to = this.slotOf(old[at], old[at + 1]);
      for (let k = 0; k < 3; k++) this.edges[to + k] = old[at + k];
    }
  }
}
