/**
 * The embedded runtime with a commit the bus can never accept (an event over 256 KB, appended directly): it goes to
 * the dead-letter table with its reason, `status()` shows it, and the pipeline keeps working for other articles.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_RULE } from '../../infra/local/local-bus.ts';
import { startRuntime, type Runtime } from '../../infra/local/runtime.ts';
import { makeEvent } from '../unit/outbox/fakes.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

let tmp: string;
let runtime: Runtime;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-dead-letters-'));
  runtime = await startRuntime({ dataDir: join(tmp, 'data') });
});
afterAll(async () => {
  await runtime?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('a commit the bus refuses for good', () => {
  it('is dead-lettered with its reason, marked published, and the next article flows through', async () => {
    const big = makeEvent(7, 300 * 1024);
    await runtime.store.append({ stream: 'poison.txt', version: 1, ingestId: 'p', part: 0, parts: 1, events: [big] });
    await runtime.settle();

    const status = await runtime.status();
    expect(status).toMatchObject({ outbox: 0, idle: true, unpublished: [{ stream: 'poison.txt', version: 1 }] });
    expect((status['unpublished'] as Array<{ error: string }>)[0]!.error).toMatch(/^ENTRY_TOO_LARGE: .*/);
    const letters = (await runtime.bus.deadLetters()).filter((d) => d.rule === OUTBOX_RULE);
    expect(letters).toMatchObject([{ commit: { stream: 'poison.txt', version: 1, eventIds: [big.id] } }]);

    await runtime.s3.send(
      new PutObjectCommand({
        Bucket: runtime.bucket,
        Key: 'deploy.txt',
        Body: 'Germany to send troops\n\nBERLIN, March 3 (Wire) - Germany will send 500 soldiers to Lithuania.\n',
        Metadata: { published: '2023-03-03' },
      }),
    );
    await runtime.settle();
    const missions = await runtime.readModels.query('missions');
    expect(missions).toEqual([expect.objectContaining({ location: { name: 'Lithuania', code: 'LT' } })]);
  }, 60_000);
});
