import type { AppendOutcome, Commit, EventStore, ObjectStore, StoredObject } from '../../shared/ports.ts';

/** The EventStore port in memory, with the same conditional-append and idempotence rules as the DynamoDB adapter. */
export class InMemoryEventStore implements EventStore {
  private readonly streams = new Map<string, Commit[]>();
  private readonly log: Commit[] = [];
  private readonly unpublished = new Set<string>();

  async head(stream: string): Promise<Commit | undefined> {
    const commits = this.streams.get(stream);
    return commits?.[commits.length - 1];
  }

  async readStream(stream: string): Promise<Commit[]> {
    return [...(this.streams.get(stream) ?? [])];
  }

  async append(commit: Omit<Commit, 'position'>): Promise<AppendOutcome> {
    const commits = this.streams.get(commit.stream) ?? [];
    const same = commits.find((c) => c.ingestId === commit.ingestId && c.part === commit.part);
    if (same) return { status: 'duplicate', commit: same };
    if (commits.some((c) => c.version === commit.version)) return { status: 'conflict' };
    const stored: Commit = { ...commit, position: String(this.log.length).padStart(12, '0') };
    this.streams.set(
      commit.stream,
      [...commits, stored].sort((a, b) => a.version - b.version),
    );
    this.log.push(stored);
    this.unpublished.add(`${stored.stream}\u001f${stored.version}`);
    return { status: 'appended', commit: stored };
  }

  async *readAll(afterPosition?: string): AsyncIterable<Commit> {
    for (const c of this.log) if (afterPosition === undefined || c.position > afterPosition) yield c;
  }

  async pending(limit: number): Promise<Commit[]> {
    return this.log.filter((c) => this.unpublished.has(`${c.stream}\u001f${c.version}`)).slice(0, limit);
  }

  async markPublished(stream: string, version: number): Promise<void> {
    this.unpublished.delete(`${stream}\u001f${version}`);
  }
}

/** A versioned bucket in memory: every put is a new version; deletes add a marker or remove one version. */
export class InMemoryVersionedBucket implements ObjectStore {
  private readonly versions = new Map<string, Array<StoredObject & { versionId: string; marker?: boolean }>>();
  private counter = 0;

  async get(_bucket: string, key: string, versionId?: string): Promise<StoredObject | undefined> {
    const list = this.versions.get(key) ?? [];
    const found = versionId ? list.find((v) => v.versionId === versionId) : list[list.length - 1];
    return found && !found.marker ? found : undefined;
  }

  async put(
    _bucket: string,
    key: string,
    bytes: Uint8Array,
    opts: { metadata?: Record<string, string> } = {},
  ): Promise<{ etag: string; versionId: string }> {
    const versionId = `v${++this.counter}`;
    const etag = Buffer.from(bytes).toString('base64').slice(0, 24);
    const list = this.versions.get(key) ?? [];
    list.push({ bytes, etag, versionId, metadata: { ...(opts.metadata ?? {}) } });
    this.versions.set(key, list);
    return { etag, versionId };
  }

  /** A delete without a version id: a delete marker becomes the current version. */
  async delete(_bucket: string, key: string): Promise<void> {
    const list = this.versions.get(key) ?? [];
    list.push({ bytes: new Uint8Array(), etag: '', versionId: `v${++this.counter}`, metadata: {}, marker: true });
    this.versions.set(key, list);
  }

  /** Removes one version for good (an explicit versioned delete or a lifecycle expiry). */
  removeVersion(key: string, versionId: string): void {
    this.versions.set(
      key,
      (this.versions.get(key) ?? []).filter((v) => v.versionId !== versionId),
    );
  }

  async *list(): AsyncIterable<{ key: string; etag: string; size: number }> {
    for (const [key, list] of this.versions) {
      const current = list[list.length - 1];
      if (current && !current.marker) yield { key, etag: current.etag, size: current.bytes.length };
    }
  }
}
