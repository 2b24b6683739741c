/**
 * `sitrep tail --stack --follow` and `sitrep status --stack` against emulated AWS: the stack's tables on dynalite,
 * its bucket on s3rver, its bus and dead-letter queues on moto_server, all through the real SDK clients. The stack's
 * event store is filled by `sitrep backfill --stack`, and its outbox is published onto the moto bus by the outbox
 * drain through the EventBridge adapter the functions use; the tail must print exactly the published events its
 * pattern selects, and leave no rule or queue behind. Skipped with a message where moto_server is absent.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeReplayCommand,
  DescribeRuleCommand,
  ListRulesCommand,
  PutRuleCommand,
} from '@aws-sdk/client-eventbridge';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ListQueuesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBridgeBus } from '../../shared/adapters/aws/event-bus.ts';
import { DynamoEventStore } from '../../shared/adapters/aws/event-store.ts';
import { createS3Client, S3ObjectStore } from '../../shared/adapters/aws/object-store.ts';
import { drainOutbox } from '../../shared/outbox/index.ts';
import { TAIL_NAME_PREFIX, tailTags } from '../../cli/lib/stale-tail-resources.ts';
import { TAIL_QUEUE_RETENTION_SECONDS } from '../../cli/lib/stack-limits.ts';
import { ROOT, sitrep, STORIES, waitFor } from './helpers/cli.ts';
import { startEmulatedStack, type EmulatedAws, type EmulatedStack } from './helpers/emulated-stack.ts';
import { findMotoServer, startMotoServer, type MotoServer } from './helpers/moto-server.ts';

const STACK = 'SitrepBus';
const motoProgram = findMotoServer();
if (!motoProgram) {
  console.warn('stack-bus-cli e2e: moto_server not found (pyenv or PATH); tail/status --stack against moto skipped');
}

let tmp: string;
let outputs: string;
let moto: MotoServer;
let emulated: EmulatedStack;
let aws: EmulatedAws;
let store: DynamoEventStore;

beforeAll(async () => {
  if (!motoProgram) return;
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-stack-bus-'));
  moto = await startMotoServer(motoProgram);
  emulated = await startEmulatedStack(STACK, (outputs = join(tmp, 'cdk-outputs.json')), undefined, moto);
  aws = emulated.aws!;
  store = new DynamoEventStore({ doc: emulated.clients.doc, tableName: emulated.eventStoreTable });
  const objects = new S3ObjectStore({ client: createS3Client({ endpoint: emulated.s3.endpoint }) });
  for (const [name, text] of Object.entries(STORIES)) {
    await objects.put(emulated.bucket, name, Buffer.from(text), { metadata: { published: '2023-03-03' } });
  }
}, 120_000);

afterAll(async () => {
  await emulated?.stop();
  await moto?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const onStack = (args: string[]) =>
  sitrep([...args, '--stack', STACK, '--outputs', outputs], { env: emulated.env, timeoutMs: 60_000 });

interface StackStatusJson {
  outbox: number;
  outboxCapped: boolean;
  deadLetters: number;
  deadLetterQueues: Array<{ role: string; url: string; messages: number }>;
}
const status = async (): Promise<StackStatusJson> => {
  const r = await onStack(['status', '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as StackStatusJson;
};

/** Our temporary rules and queues on moto, by name. */
async function tailResources(): Promise<{ rules: string[]; queues: string[] }> {
  const rules = await aws.events.send(
    new ListRulesCommand({ EventBusName: aws.busName, NamePrefix: TAIL_NAME_PREFIX }),
  );
  const queues = await aws.sqs.send(new ListQueuesCommand({ QueueNamePrefix: TAIL_NAME_PREFIX }));
  return {
    rules: (rules.Rules ?? []).map((r) => r.Name!).sort(),
    queues: (queues.QueueUrls ?? []).map((u) => u.slice(u.lastIndexOf('/') + 1)).sort(),
  };
}

/** A pid that surely ran on this host and is gone: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe.skipIf(!motoProgram)('sitrep tail/status --stack on moto_server', () => {
  it('status shows the outbox, tail --follow prints the published events of its pattern, and both clean up', async () => {
    const backfill = await onStack(['backfill']);
    expect(backfill.code, backfill.stderr).toBe(0);
    const commits = (await store.pending(100)).length;
    expect(commits).toBe(Object.keys(STORIES).length);
    expect(await status()).toMatchObject({ outbox: commits, outboxCapped: false, deadLetters: 0 });

    // Without --follow: the stack's event log, every event of every commit, as envelopes.
    const logged = await onStack(['tail']);
    expect(logged.code, logged.stderr).toBe(0);
    const inStore = (await store.pending(100)).flatMap((c) => c.events.map((e) => e.id));
    const printed = logged.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { detail: { id: string } }).detail.id);
    expect(printed.sort()).toEqual(inStore.sort());

    // Left over by a killed tail on this host (stale), and a look-alike that is not ours (kept).
    const stale = `${TAIL_NAME_PREFIX}${STACK}-000000000000`;
    const staleTags = tailTags(STACK, hostname(), await deadPid(), Date.now());
    await aws.sqs.send(new CreateQueueCommand({ QueueName: stale, tags: staleTags }));
    await aws.events.send(
      new PutRuleCommand({
        Name: stale,
        EventBusName: aws.busName,
        EventPattern: '{"source":["sitrep"]}',
        Tags: Object.entries(staleTags).map(([Key, Value]) => ({ Key, Value })),
      }),
    );
    const foreign = `${TAIL_NAME_PREFIX}someone-else`;
    await aws.sqs.send(new CreateQueueCommand({ QueueName: foreign }));

    const tail = spawn(
      process.execPath,
      [
        'bin/sitrep.js',
        'tail',
        '--stack',
        STACK,
        '--outputs',
        outputs,
        '--follow',
        '--pattern',
        '{"source":["sitrep"],"detail-type":["WithdrawalBegun","DeploymentAnnounced"]}',
      ],
      { cwd: ROOT, env: emulated.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    tail.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    tail.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => tail.once('exit', (code) => resolve(code)));
    try {
      await waitFor('the tail to subscribe', () => stderr.includes('following new events'), 60_000);
      expect(stderr).toContain('removed 2 stale rule(s)/queue(s) of an earlier tail');
      const running = await tailResources();
      expect(running.rules).toHaveLength(1);
      expect(running.queues).toEqual([foreign, running.rules[0]!].sort());
      expect(running.rules[0]).toMatch(new RegExp(`^${TAIL_NAME_PREFIX}${STACK}-[0-9a-f]{12}$`));
      const queueUrl = (await aws.sqs.send(new ListQueuesCommand({ QueueNamePrefix: running.rules[0] })))
        .QueueUrls![0]!;
      const { Attributes } = await aws.sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] }),
      );
      expect(Attributes?.['MessageRetentionPeriod']).toBe(String(TAIL_QUEUE_RETENTION_SECONDS));
      expect(JSON.parse(Attributes?.['Policy'] ?? '{}')).toMatchObject({
        Statement: [{ Principal: { Service: 'events.amazonaws.com' }, Condition: { ArnEquals: {} } }],
      });

      const expected = (await store.pending(100))
        .flatMap((c) => c.events)
        .filter((e) => e.type === 'WithdrawalBegun' || e.type === 'DeploymentAnnounced');
      expect(expected.length).toBeGreaterThanOrEqual(2);
      const report = await drainOutbox(store, new EventBridgeBus({ client: aws.events, eventBusName: aws.busName }));
      expect(report.failed).toEqual([]);
      const lines = await waitFor(
        'the tail to print the published events',
        () => {
          const printed = stdout.split('\n').filter(Boolean);
          return printed.length >= expected.length && printed;
        },
        60_000,
      );
      const envelopes = lines.map(
        (l) => JSON.parse(l) as { source: string; 'detail-type': string; detail: { id: string } },
      );
      expect(envelopes.map((e) => e.detail.id).sort()).toEqual(expected.map((e) => e.id).sort());
      expect(envelopes.every((e) => e.source === 'sitrep')).toBe(true);
      expect(new Set(envelopes.map((e) => e['detail-type']))).toEqual(
        new Set(['WithdrawalBegun', 'DeploymentAnnounced']),
      );
      expect(await status()).toMatchObject({ outbox: 0, deadLetters: 0 });
    } finally {
      tail.kill('SIGINT');
    }
    expect(await exited, stderr).toBe(0);
    expect(await tailResources()).toEqual({ rules: [], queues: [foreign] });
  }, 240_000);

  it('status counts the messages of each dead-letter queue and names the queue to redrive', async () => {
    for (const body of ['{"a":1}', '{"a":2}']) {
      await aws.sqs.send(new SendMessageCommand({ QueueUrl: aws.dlqUrls.Publish, MessageBody: body }));
    }
    await aws.sqs.send(new SendMessageCommand({ QueueUrl: aws.dlqUrls.Ingest, MessageBody: '{"b":1}' }));
    const json = await status();
    expect(json.deadLetters).toBe(3);
    expect(json.deadLetterQueues).toEqual([
      { role: 'ingest', url: aws.dlqUrls.Ingest, messages: 1 },
      { role: 'publish', url: aws.dlqUrls.Publish, messages: 2 },
      { role: 'projectorDelivery', url: aws.dlqUrls.ProjectorDelivery, messages: 0 },
      { role: 'projectorFailure', url: aws.dlqUrls.ProjectorFailure, messages: 0 },
    ]);
    const text = await onStack(['status']);
    expect(text.stdout).toContain(`dead letters: 3 message(s)\n  ingest: 1  ${aws.dlqUrls.Ingest}\n`);
    expect(text.stdout).toMatch(/^redrive: /m);
  }, 60_000);

  it('redrive moves each DLQ back to its source queue (deleting only what was sent), and keeps the publish DLQ while the outbox is not empty', async () => {
    // Left by the status test: 1 message in the ingest DLQ, 2 in the publish DLQ.
    const errorCode = { ERROR_CODE: { DataType: 'String', StringValue: 'SDK_CLIENT_ERROR' } };
    await aws.sqs.send(
      new SendMessageCommand({ QueueUrl: aws.dlqUrls.Ingest, MessageBody: '{"b":2}', MessageAttributes: errorCode }),
    );
    await aws.sqs.send(new SendMessageCommand({ QueueUrl: aws.dlqUrls.Ingest, MessageBody: '{"b":3}' }));
    await aws.sqs.send(new SendMessageCommand({ QueueUrl: aws.dlqUrls.ProjectorDelivery, MessageBody: '{"p":1}' }));
    for (const body of ['{"p":2}', '{"p":3}']) {
      await aws.sqs.send(new SendMessageCommand({ QueueUrl: aws.dlqUrls.ProjectorFailure, MessageBody: body }));
    }

    const some = await onStack(['redrive', '--queue', 'ingest', '--max', '2']);
    expect(some.stderr).toBe('');
    expect(some.stdout).toBe(`ingest: 2 moved to ${aws.ingestQueueUrl}, 0 failed (left in the DLQ)\n`);
    expect((await status()).deadLetterQueues[0]).toMatchObject({ role: 'ingest', messages: 1 });

    // A commit still in the outbox: the publish DLQ's stream batches may be its, so they are kept.
    expect(await store.pending(1)).toEqual([]);
    expect(
      (
        await store.append({
          stream: 'redrive/pending.txt',
          version: 1,
          ingestId: 'redrive-pending',
          part: 0,
          parts: 1,
          events: [],
        })
      ).status,
    ).toBe('appended');
    const kept = await onStack(['redrive', '--queue', 'publish']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout).toBe(
      'publish: kept: 2 message(s): the outbox still holds 1 commit(s), which the drain publishes within 5 minutes; ' +
        'run this again once it is empty\n',
    );
    expect(
      (await drainOutbox(store, new EventBridgeBus({ client: aws.events, eventBusName: aws.busName }))).failed,
    ).toEqual([]);

    const all = await onStack(['redrive']);
    expect(all.stderr).toBe('');
    expect(all.code).toBe(0);
    expect(all.stdout).toBe(
      [
        `ingest: 1 moved to ${aws.ingestQueueUrl}, 0 failed (left in the DLQ)`,
        'publish: 2 deleted (the outbox is empty: their commits were published)',
        `projectorDelivery: 1 moved to ${aws.projectQueueUrl}, 0 failed (left in the DLQ)`,
        `projectorFailure: 2 moved to ${aws.projectQueueUrl}, 0 failed (left in the DLQ)`,
        '',
      ].join('\n'),
    );
    expect(await status()).toMatchObject({ deadLetters: 0 });

    const drain = async (url: string) => {
      const got: Array<{ body: string; code?: string }> = [];
      for (;;) {
        const { Messages = [] } = await aws.sqs.send(
          new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'] }),
        );
        if (Messages.length === 0) return got;
        for (const m of Messages) {
          const code = m.MessageAttributes?.['ERROR_CODE']?.StringValue;
          got.push({ body: m.Body!, ...(code ? { code } : {}) });
          await aws.sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle! }));
        }
      }
    };
    const byBody = (a: { body: string }, b: { body: string }) => a.body.localeCompare(b.body);
    expect((await drain(aws.ingestQueueUrl)).sort(byBody)).toEqual([
      { body: '{"b":1}' },
      { body: '{"b":2}', code: 'SDK_CLIENT_ERROR' },
      { body: '{"b":3}' },
    ]);
    expect((await drain(aws.projectQueueUrl)).map((m) => m.body).sort()).toEqual(['{"p":1}', '{"p":2}', '{"p":3}']);

    const bad = await onStack(['redrive', '--queue', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "sitrep redrive: error USAGE: --queue takes one of ingest, publish, projectorDelivery, projectorFailure, project, not 'nope'\n",
    );
  }, 120_000);

  it('tail --follow refuses a stack without a bus output, in one line, creating nothing', async () => {
    const before = await tailResources();
    const r = await sitrep(['tail', '--follow', '--stack', 'Nope', '--outputs', outputs], { env: emulated.env });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `sitrep tail: error NO_SUCH_STACK: no outputs for stack 'Nope' (stacks in the file: ${STACK})\n`,
    );
    expect(await tailResources()).toEqual(before);
  });

  it('replay --stack starts a replay of the archive onto the bus for one rule only, and refuses bad input in one line', async () => {
    const r = await onStack(['replay', '--rule', aws.subscriberRule, '--since', '2020-01-01', '--until', '2030-01-01']);
    expect(r.code, r.stderr).toBe(0);
    const name = /^replay (sitrep-my-subscriber-rule-\d{8}T\d{6}): \w+/.exec(r.stdout)?.[1];
    expect(name, r.stdout).toBeDefined();
    const replay = await aws.events.send(new DescribeReplayCommand({ ReplayName: name }));
    const rule = await aws.events.send(
      new DescribeRuleCommand({ Name: aws.subscriberRule, EventBusName: aws.busName }),
    );
    expect(replay.EventSourceArn).toBe(aws.archiveArn);
    expect(replay.Destination).toEqual({ Arn: aws.busArn, FilterArns: [rule.Arn] });

    const missing = await onStack([
      'replay',
      '--rule',
      'no-such-rule',
      '--since',
      '2020-01-01',
      '--until',
      '2021-01-01',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^sitrep replay: error \w+: .*\n$/);
    const badTime = await onStack([
      'replay',
      '--rule',
      aws.subscriberRule,
      '--since',
      'last week',
      '--until',
      '2021-01-01',
    ]);
    expect(badTime.code).toBe(1);
    expect(badTime.stderr).toBe("sitrep replay: error BAD_TIME: --since 'last week' is not a date or ISO time\n");
  });
});
