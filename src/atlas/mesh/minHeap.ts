/**
 * A binary min-heap of (key, vertex) pairs in typed arrays, for Dijkstra-style sweeps. Decrease-key
 * is done lazily: push again and let the caller skip entries whose key is stale.
 */

/** A growable binary min-heap keyed by float64, holding uint32 values. */
export class MinHeap {
  private keys: Float64Array;
  private values: Uint32Array;
  private count = 0;

  /** Makes an empty heap with room for `capacity` entries before it grows. */
  constructor(capacity = 64) {
    this.keys = new Float64Array(Math.max(4, capacity));
    this.values = new Uint32Array(Math.max(4, capacity));
  }

  /** Number of entries. */
  get size(): number {
    return this.count;
  }

  /** Removes every entry, keeping the storage. */
  clear(): void {
    this.count = 0;
  }

  /** Adds an entry. */
  push(key: number, value: number): void {
    if (this.count === this.keys.length) {
      const keys = new Float64Array(this.count * 2);
      keys.set(this.keys);
      this.keys = keys;
      const values = new Uint32Array(this.count * 2);
      values.set(this.values);
      this.values = values;
    }
    const keys = this.keys;
    const values = this.values;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk <= key) break;
      keys[i] = pk;
      values[i] = values[parent]!;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** The smallest key (Infinity when empty). */
  peekKey(): number {
    return this.count > 0 ? this.keys[0]! : Infinity;
  }

  /** The value of the smallest entry (undefined behaviour when empty: check `size`). */
  peekValue(): number {
    return this.values[0]!;
  }

  /** Removes the smallest entry. */
  pop(): void {
    const keys = this.keys;
    const values = this.values;
    const n = --this.count;
    if (n <= 0) return;
    const key = keys[n]!;
    const value = values[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      values[i] = values[child]!;
      i = child;
    }
    keys[i] = key;
    values[i] = value;
  }
}
