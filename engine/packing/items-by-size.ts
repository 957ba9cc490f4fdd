import type { PreparedProblem } from './packing-problem.js';
import { sizeKey } from './size-key.js';

/**
 * The free items of a problem by size key: "an item whose size is exactly the room left" is one
 * lookup. Items leave as they go into bins. A key's items keep the order they were given in, and
 * may include other sizes that share the key: callers check sizes.
 */
const none: readonly number[] = [];

export class ItemsBySize {
  private readonly lists = new Map<number, number[]>();

  constructor(
    private readonly p: PreparedProblem,
    items: readonly number[],
  ) {
    for (const i of items) {
      const key = this.keyOf(i);
      const list = this.lists.get(key);
      if (list) list.push(i);
      else this.lists.set(key, [i]);
    }
  }

  /** The items with this key (an empty list shared by every miss, so a lookup allocates nothing). */
  withKey(key: number): readonly number[] {
    return this.lists.get(key) ?? none;
  }

  remove(i: number): void {
    const list = this.lists.get(this.keyOf(i))!;
    list.splice(list.indexOf(i), 1);
  }

  private keyOf(i: number): number {
    return sizeKey(this.p.sizes, i * this.p.dims, this.p.dims);
  }
}
