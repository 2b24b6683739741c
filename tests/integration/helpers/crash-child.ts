/**
 * A process that runs the embedded pipeline on a data directory, uploads one article and dies at a chosen point,
 * for tests/integration/crash-recovery.test.ts. Run: `node --import tsx crash-child.ts DATA_DIR MODE FILE KEY ENGINE`.
 *
 * MODE `after-append`: exits 9 from `onChange`, i.e. right after the event store append and before publishing.
 * MODE `after-publish`: the projector rule is replaced by a target that waits until the outbox is empty (the commit
 * was published and marked) and exits 10, i.e. after publishing and before any read model was updated.
 * Exits 3 when no crash happened within 20 s.
 */
import { readFile } from 'node:fs/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startRuntime } from '../../../infra/local/runtime.ts';
import { EVENT_SOURCE } from '../../../shared/events/envelope.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const [dataDir, mode, file, key, engine] = process.argv.slice(2);
if (
  !dataDir ||
  !file ||
  !key ||
  (mode !== 'after-append' && mode !== 'after-publish') ||
  (engine !== 'sqlite' && engine !== 'dynalite')
) {
  process.stderr.write('usage: crash-child.ts DATA_DIR after-append|after-publish FILE KEY sqlite|dynalite\n');
  process.exit(2);
}

const runtime = await startRuntime({
  dataDir,
  store: engine,
  ...(mode === 'after-append' ? { onChange: () => process.exit(9) } : {}),
});
if (mode === 'after-publish') {
  runtime.bus.addRule('project', { source: [EVENT_SOURCE] }, async () => {
    while ((await runtime.store.pending(10)).length) await new Promise((r) => setTimeout(r, 5));
    process.exit(10);
  });
}
await runtime.s3.send(
  new PutObjectCommand({
    Bucket: runtime.bucket,
    Key: key,
    Body: await readFile(file),
    Metadata: { published: '2023-03-03' },
  }),
);
setTimeout(() => process.exit(3), 20_000);
