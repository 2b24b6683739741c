/**
 * K-way merge of sorted async sequences (the shards of a sharded index, each in index order) into one sequence in
 * the same order. Each source is read lazily, one item ahead, so a reader that stops early fetches little.
 */
export async function* mergeSorted<T>(
  sources: ReadonlyArray<AsyncIterable<T>>,
  sortKey: (item: T) => string,
): AsyncGenerator<T> {
  const iterators = sources.map((s) => s[Symbol.asyncIterator]());
  const heads: Array<{ item: T; key: string } | undefined> = await Promise.all(iterators.map(next));
  try {
    for (;;) {
      let min = -1;
      for (let i = 0; i < heads.length; i++) {
        const head = heads[i];
        if (head && (min < 0 || head.key < heads[min]!.key)) min = i;
      }
      if (min < 0) return;
      yield heads[min]!.item;
      heads[min] = await next(iterators[min]!);
    }
  } finally {
    await Promise.all(iterators.map((it, i) => (heads[i] ? it.return?.() : undefined)));
  }

  async function next(it: AsyncIterator<T>) {
    const r = await it.next();
    return r.done ? undefined : { item: r.value, key: sortKey(r.value) };
  }
}
