/**
 * The one bounded heap of the mock: keeps the best `limit` items seen so far, the worst of them on
 * top, so ranking N records costs O(N log limit) and never sorts the whole pool. List pages
 * (query.ts) rank rows with their sort's comparator; matching and the stats rank scored entries
 * (TopK).
 */
export class BoundedHeap<T> {
  /** The kept items, in heap order (not sorted). */
  readonly items: T[] = [];

  constructor(
    private readonly limit: number,
    /** True when `a` ranks below `b`. */
    private readonly worse: (a: T, b: T) => boolean,
  ) {}

  /** The worst kept item: the one a newcomer must beat once the heap is full. */
  get worst(): T | undefined {
    return this.items[0];
  }

  get full(): boolean {
    return this.items.length >= this.limit;
  }

  push(item: T): void {
    if (this.limit <= 0) return;
    const heap = this.items;
    if (heap.length < this.limit) {
      heap.push(item);
      this.siftUp(heap.length - 1);
    } else if (this.worse(heap[0], item)) {
      heap[0] = item;
      this.siftDown(0);
    }
  }

  private siftUp(index: number): void {
    const heap = this.items;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private siftDown(index: number): void {
    const heap = this.items;
    const n = heap.length;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && this.worse(heap[left], heap[smallest])) smallest = left;
      if (right < n && this.worse(heap[right], heap[smallest])) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
      i = smallest;
    }
  }
}

export interface Ranked<T> {
  item: T;
  id: number;
  score: number;
}

/** True when `a` ranks below `b`: lower score, or same score and higher id (ties go to the older id). */
function worse(a: Ranked<unknown>, b: Ranked<unknown>): boolean {
  return a.score < b.score || (a.score === b.score && a.id > b.id);
}

/** The best `limit` scored entries (higher score first, then lower id). */
export class TopK<T> {
  private readonly heap: BoundedHeap<Ranked<T>>;

  constructor(limit: number) {
    this.heap = new BoundedHeap<Ranked<T>>(limit, worse);
  }

  get size(): number {
    return this.heap.items.length;
  }

  /** The score an entry must beat to get in once the heap is full (-Infinity before). */
  get threshold(): number {
    const root = this.heap.worst;
    return this.heap.full && root ? root.score : Number.NEGATIVE_INFINITY;
  }

  push(item: T, id: number, score: number): void {
    // Reject before allocating: most of a large pool never gets in.
    const root = this.heap.worst;
    if (this.heap.full && root && (score < root.score || (score === root.score && id > root.id))) return;
    this.heap.push({ item, id, score });
  }

  /** The kept entries, best first. */
  sorted(): Ranked<T>[] {
    return [...this.heap.items].sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  }
}
