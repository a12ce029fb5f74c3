/**
 * Keeps the best `limit` entries seen so far (higher score first, then lower id) in a bounded
 * min-heap: ranking N records costs O(N log limit) and never sorts the whole pool.
 */
export interface Ranked<T> {
  item: T;
  id: number;
  score: number;
}

/** True when `a` ranks below `b`: lower score, or same score and higher id (ties go to the older id). */
function worse(a: Ranked<unknown>, b: Ranked<unknown>): boolean {
  return a.score < b.score || (a.score === b.score && a.id > b.id);
}

export class TopK<T> {
  private readonly heap: Ranked<T>[] = [];

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.heap.length;
  }

  /** The score an entry must beat to get in once the heap is full (-Infinity before). */
  get threshold(): number {
    return this.heap.length < this.limit ? Number.NEGATIVE_INFINITY : this.heap[0].score;
  }

  push(item: T, id: number, score: number): void {
    if (this.limit <= 0) return;
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push({ item, id, score });
      this.siftUp(heap.length - 1);
      return;
    }
    // Reject before allocating: most of a large pool never gets in.
    const root = heap[0];
    if (score < root.score || (score === root.score && id > root.id)) return;
    heap[0] = { item, id, score };
    this.siftDown(0);
  }

  /** The kept entries, best first. */
  sorted(): Ranked<T>[] {
    return [...this.heap].sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    const n = heap.length;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && worse(heap[left], heap[smallest])) smallest = left;
      if (right < n && worse(heap[right], heap[smallest])) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
      i = smallest;
    }
  }
}
