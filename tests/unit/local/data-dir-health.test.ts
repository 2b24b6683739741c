import { describe, expect, it } from 'vitest';
import { decideDataDirHealth } from '../../../infra/local/data-dir-health.ts';

const codes = (listing: Parameters<typeof decideDataDirHealth>[0]) => decideDataDirHealth(listing).map((p) => p.code);

describe('decideDataDirHealth', () => {
  it('finds nothing wrong with a fresh directory or a sound store of either engine', () => {
    expect(codes({ s3: false, rebuilding: false })).toEqual([]);
    expect(codes({ sqlite: ['sitrep.db', 'sitrep.db-wal'], sqliteHeader: true, s3: true, rebuilding: false })).toEqual(
      [],
    );
    expect(codes({ dynamo: ['CURRENT', 'LOG', '000003.log'], s3: true, rebuilding: false })).toEqual([]);
  });

  it('calls an SQLite store without its database file, or whose file is not a database, corrupt', () => {
    expect(codes({ sqlite: ['sitrep.db'], sqliteHeader: false, s3: true, rebuilding: false })).toEqual([
      'STORE_CORRUPT',
    ]);
    expect(codes({ sqlite: ['sitrep.db-wal'], sqliteHeader: false, s3: true, rebuilding: false })).toEqual([
      'STORE_CORRUPT',
    ]);
    expect(decideDataDirHealth({ sqlite: ['sitrep.db'], s3: true, rebuilding: false })[0]!.message).toMatch(
      /^sqlite\/sitrep\.db is missing or not an SQLite database/,
    );
  });

  it('calls a dynalite store without CURRENT corrupt', () => {
    expect(codes({ dynamo: ['LOG'], s3: true, rebuilding: false })).toEqual(['STORE_CORRUPT']);
  });

  it('reports a bucket without a store, a store without its bucket, and an unfinished rebuild', () => {
    expect(codes({ sqlite: [], s3: true, rebuilding: false })).toEqual(['STORE_MISSING']);
    expect(codes({ sqlite: ['sitrep.db'], sqliteHeader: true, s3: false, rebuilding: true })).toEqual([
      'BUCKET_MISSING',
      'REBUILD_INCOMPLETE',
    ]);
    expect(decideDataDirHealth({ dynamo: ['CURRENT'], s3: false, rebuilding: false })[0]!.message).toContain(
      '(dynamo/)',
    );
  });
});
