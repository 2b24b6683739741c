import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The slice of a Koa context s3rver's bucket controller reads and writes. */
interface ListContext {
  query: Record<string, string | undefined>;
  store: { listObjects(bucket: string, options: unknown): Promise<{ isTruncated: boolean }> };
  body: { ListBucketResult?: Record<string, unknown> & { Contents?: Array<{ Key: string }> } } | undefined;
}
type Controller = (ctx: ListContext) => Promise<void>;
type S3ErrorConstructor = new (code: string, message: string, detail?: Record<string, unknown>) => Error;

const TOKEN_PREFIX = 'sitrep:';
let patched = false;

/**
 * s3rver encrypts ListObjectsV2 continuation tokens with DES, which OpenSSL 3 refuses: every listing past one page
 * (`aws s3 ls`, `aws s3 sync` beyond 1,000 objects) fails with InternalError. This wraps its GET Bucket controller so
 * that continuation tokens are plain base64 of the last key; the page itself is still listed by s3rver.
 */
export function patchListContinuation(): void {
  if (patched) return;
  patched = true;
  const controllers = require('s3rver/lib/controllers/bucket') as { getBucket: Controller };
  const S3Error = require('s3rver/lib/models/error') as S3ErrorConstructor;
  const original = controllers.getBucket;
  controllers.getBucket = async (ctx) => {
    if (ctx.query['list-type'] !== '2') return original(ctx);
    const token = ctx.query['continuation-token'];
    if (token) {
      const startAfter = decodeContinuationToken(token);
      if (startAfter === undefined) {
        throw new S3Error('InvalidArgument', 'The continuation token provided is incorrect', {
          ArgumentName: 'continuation-token',
        });
      }
      const { 'continuation-token': _token, ...rest } = ctx.query;
      ctx.query = { ...rest, 'start-after': startAfter };
    }
    // s3rver mints a DES token when the page is truncated: hide the truncation from it and report it here.
    let truncated = false;
    const store = ctx.store;
    ctx.store = Object.assign(Object.create(store) as ListContext['store'], {
      async listObjects(bucket: string, options: unknown) {
        const result = await store.listObjects(bucket, options);
        truncated = result.isTruncated;
        return { ...result, isTruncated: false };
      },
    });
    await original(ctx);
    const result = ctx.body?.ListBucketResult;
    if (!result) return;
    const last = result.Contents?.at(-1)?.Key;
    if (token) {
      result['StartAfter'] = undefined;
      result['ContinuationToken'] = token;
    }
    result['IsTruncated'] = truncated;
    result['NextContinuationToken'] = truncated && last !== undefined ? encodeContinuationToken(last) : undefined;
  };
}

export const encodeContinuationToken = (key: string): string =>
  Buffer.from(`${TOKEN_PREFIX}${key}`, 'utf8').toString('base64');

export function decodeContinuationToken(token: string): string | undefined {
  const text = Buffer.from(token, 'base64').toString('utf8');
  return text.startsWith(TOKEN_PREFIX) ? text.slice(TOKEN_PREFIX.length) : undefined;
}
