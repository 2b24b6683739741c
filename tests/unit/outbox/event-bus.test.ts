/**
 * EventBridgeBus through the real SDK client against a scripted HTTP endpoint speaking the PutEvents JSON
 * protocol (there is no EventBridge emulator here): request mapping, response mapping, partial failures and
 * throttled calls, and the publisher on top of it.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EventBridgeBus, toPutEventsResult } from '../../../shared/adapters/aws/event-bus.ts';
import { toBusEntry } from '../../../shared/events/envelope.ts';
import { publishCommits } from '../../../shared/outbox/index.ts';
import { makeEvent } from './fakes.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

interface SeenRequest {
  target: string | undefined;
  body: { Entries: Array<Record<string, unknown>> };
}
type Reply = { status: number; body: unknown; errorType?: string };

let server: Server;
let endpoint: string;
const seen: SeenRequest[] = [];
let replies: Array<(req: SeenRequest) => Reply> = [];

const ok = (req: SeenRequest): Reply => ({
  status: 200,
  body: { FailedEntryCount: 0, Entries: req.body.Entries.map((_, i) => ({ EventId: `id-${seen.length}-${i}` })) },
});

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const request: SeenRequest = {
      target: req.headers['x-amz-target'] as string | undefined,
      body: JSON.parse(await readBody(req)) as SeenRequest['body'],
    };
    seen.push(request);
    const reply = (replies.shift() ?? ok)(request);
    res.writeHead(reply.status, {
      'content-type': 'application/x-amz-json-1.1',
      ...(reply.errorType ? { 'x-amzn-errortype': reply.errorType } : {}),
    });
    res.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
  replies = [];
});

function newBus(eventBusName?: string) {
  const client = new EventBridgeClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1, // the publisher does the retrying in these tests
  });
  return new EventBridgeBus({ client, ...(eventBusName ? { eventBusName } : {}) });
}

describe('EventBridgeBus', () => {
  it('sends PutEvents with the entries and the default bus name, and maps the result', async () => {
    const bus = newBus('sitrep-bus');
    const e1 = toBusEntry(makeEvent(1));
    const e2 = {
      ...toBusEntry(makeEvent(2), 'other-bus'),
      Resources: ['arn:x'],
      Time: new Date('2024-03-01T00:00:00Z'),
    };
    replies.push(() => ({
      status: 200,
      body: {
        FailedEntryCount: 1,
        Entries: [{ EventId: 'a' }, { ErrorCode: 'ThrottlingException', ErrorMessage: 'slow down' }],
      },
    }));
    const result = await bus.putEvents([e1, e2]);
    expect(result).toEqual({
      FailedEntryCount: 1,
      Entries: [{ EventId: 'a' }, { ErrorCode: 'ThrottlingException', ErrorMessage: 'slow down' }],
    });
    expect(seen[0]!.target).toBe('AWSEvents.PutEvents');
    const [s1, s2] = seen[0]!.body.Entries;
    expect(s1).toEqual({
      Source: 'sitrep',
      DetailType: 'DeploymentAnnounced',
      Detail: e1.Detail,
      EventBusName: 'sitrep-bus',
    });
    expect(s2).toMatchObject({ EventBusName: 'other-bus', Resources: ['arn:x'] });
    expect(typeof s2!.Time).toBe('number'); // epoch seconds on the wire
  });

  it('makes no call for no entries', async () => {
    expect(await newBus().putEvents([])).toEqual({ FailedEntryCount: 0, Entries: [] });
    expect(seen).toEqual([]);
  });

  it('throws the service error of a throttled call (the publisher retries it)', async () => {
    replies.push(() => ({
      status: 400,
      errorType: 'ThrottlingException',
      body: { __type: 'ThrottlingException', message: 'Rate exceeded' },
    }));
    await expect(newBus().putEvents([toBusEntry(makeEvent(1))])).rejects.toMatchObject({ name: 'ThrottlingException' });
  });

  it('with publishCommits: retries only the failed entries and a throttled call until all are accepted', async () => {
    const events = Array.from({ length: 12 }, (_, i) => makeEvent(i));
    replies.push(
      (req) => ({
        status: 200,
        body: {
          FailedEntryCount: 1,
          Entries: req.body.Entries.map((_, i) => (i === 3 ? { ErrorCode: 'InternalFailure' } : { EventId: `x${i}` })),
        },
      }),
      () => ({ status: 400, errorType: 'ThrottlingException', body: { __type: 'ThrottlingException' } }),
    );
    const report = await publishCommits(newBus('b'), events, { sleep: async () => {} });
    // call 1: events 0-9 (event 3 fails); call 2: events 10-11, throttled; call 3: the retry of 3, 10, 11
    const ids = seen.map((r) => r.body.Entries.map((e) => (JSON.parse(e.Detail as string) as { id: string }).id));
    expect(ids).toEqual([
      events.slice(0, 10).map((e) => e.id),
      events.slice(10).map((e) => e.id),
      [events[3]!.id, events[10]!.id, events[11]!.id],
    ]);
    expect(report).toEqual({ events: 12, calls: 3, retries: 1 });
  });
});

describe('toPutEventsResult', () => {
  it('reports entries the service returned no result for as failed', () => {
    expect(toPutEventsResult({ FailedEntryCount: 0, Entries: [{ EventId: 'a' }] }, 2)).toEqual({
      FailedEntryCount: 1,
      Entries: [
        { EventId: 'a' },
        { ErrorCode: 'MissingResult', ErrorMessage: 'PutEvents returned no result for this entry' },
      ],
    });
  });
});
