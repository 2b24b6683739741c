import { describe, expect, it } from 'vitest';
import {
  decideDeletes,
  decideOutboxRedrive,
  decideRedrive,
  decideSendBatches,
  OUTBOX_PROBE,
  SEND_BATCH_MAX_BYTES,
  SEND_BATCH_MAX_ENTRIES,
  sendEntryId,
} from '../../../cli/lib/redrive-plan.ts';

const Q = 'https://sqs.eu-west-1.amazonaws.com/111122223333';
const OUTPUTS = {
  Sitrep: {
    IngestQueueUrl: `${Q}/ingest`,
    ProjectQueueUrl: `${Q}/project`,
    IngestDlqUrl: `${Q}/ingest-dlq`,
    PublishDlqUrl: `${Q}/publish-dlq`,
    ProjectorDeliveryDlqUrl: `${Q}/delivery-dlq`,
    ProjectorFailureDlqUrl: `${Q}/failure-dlq`,
  },
};

describe('decideRedrive', () => {
  it('given no --queue, then every DLQ goes back to its source queue, and publish to the outbox check', () => {
    expect(decideRedrive(OUTPUTS, 'Sitrep', {})).toEqual({
      max: Infinity,
      steps: [
        { role: 'ingest', dlqUrl: `${Q}/ingest-dlq`, target: { kind: 'queue', url: `${Q}/ingest` } },
        { role: 'publish', dlqUrl: `${Q}/publish-dlq`, target: { kind: 'outbox' } },
        { role: 'projectorDelivery', dlqUrl: `${Q}/delivery-dlq`, target: { kind: 'queue', url: `${Q}/project` } },
        { role: 'projectorFailure', dlqUrl: `${Q}/failure-dlq`, target: { kind: 'queue', url: `${Q}/project` } },
      ],
    });
  });

  it('given --queue ingest --max 100, then only the ingest DLQ, at most 100 messages', () => {
    const plan = decideRedrive(OUTPUTS, 'Sitrep', { queue: 'ingest', max: '100' });
    expect(plan.max).toBe(100);
    expect(plan.steps.map((s) => s.role)).toEqual(['ingest']);
  });

  it('given --queue project, then both projector DLQs', () => {
    const plan = decideRedrive(OUTPUTS, 'Sitrep', { queue: 'project' });
    expect(plan.steps.map((s) => s.role)).toEqual(['projectorDelivery', 'projectorFailure']);
  });

  it('given an unknown --queue or a bad --max, then a usage error naming the choices', () => {
    expect(() => decideRedrive(OUTPUTS, 'Sitrep', { queue: 'nope' })).toThrow(
      "--queue takes one of ingest, publish, projectorDelivery, projectorFailure, project, not 'nope'",
    );
    for (const max of ['0', '-1', '2.5', 'all']) {
      expect(() => decideRedrive(OUTPUTS, 'Sitrep', { max })).toThrow(`--max takes a positive integer, not '${max}'`);
    }
  });

  it('given a stack deployed before the project queue, then MISSING_OUTPUT names the output to redeploy for', () => {
    const { ProjectQueueUrl: _gone, ...old } = OUTPUTS.Sitrep;
    expect(() => decideRedrive({ Sitrep: old }, 'Sitrep', { queue: 'projectorFailure' })).toThrow(
      "stack 'Sitrep' has no output ProjectQueueUrl; redeploy it",
    );
    // The ingest DLQ is still redriven.
    expect(decideRedrive({ Sitrep: old }, 'Sitrep', { queue: 'ingest' }).steps).toHaveLength(1);
  });
});

describe('decideSendBatches', () => {
  const msg = (id: string, bytes: number) => ({ MessageId: id, Body: 'x'.repeat(bytes) });

  it('given 23 small messages, then batches of 10, 10 and 3', () => {
    const batches = decideSendBatches(Array.from({ length: 23 }, (_, i) => msg(`m${i}`, 10)));
    expect(batches.map((b) => b.length)).toEqual([SEND_BATCH_MAX_ENTRIES, SEND_BATCH_MAX_ENTRIES, 3]);
  });

  it('given large messages, then a batch never exceeds the byte limit, and one larger message goes alone', () => {
    const third = Math.floor(SEND_BATCH_MAX_BYTES / 3);
    const batches = decideSendBatches([
      msg('a', third),
      msg('b', third),
      msg('c', third),
      msg('d', third),
      msg('huge', SEND_BATCH_MAX_BYTES + 1),
      msg('e', 1),
    ]);
    expect(batches.map((b) => b.map((m) => m.MessageId))).toEqual([['a', 'b', 'c'], ['d'], ['huge'], ['e']]);
  });

  it('counts message attributes in the bytes', () => {
    const attrs = { ERROR_CODE: { DataType: 'String', StringValue: 'x'.repeat(SEND_BATCH_MAX_BYTES) } };
    const batches = decideSendBatches([{ MessageId: 'a', Body: '{}', MessageAttributes: attrs }, msg('b', 1)]);
    expect(batches).toHaveLength(2);
  });
});

describe('decideDeletes', () => {
  const batch = ['a', 'b', 'c'].map((id) => ({ MessageId: id, ReceiptHandle: `r-${id}` }));

  it('given a send where one entry failed, then only the sent messages are deleted and the failure keeps its reason', () => {
    const { sent, failed } = decideDeletes(batch, {
      Successful: [{ Id: sendEntryId(0) }, { Id: sendEntryId(2) }],
      Failed: [{ Id: sendEntryId(1), Code: 'InternalError', Message: 'try again' }],
    });
    expect(sent.map((m) => m.MessageId)).toEqual(['a', 'c']);
    expect(failed).toEqual([{ message: batch[1], reason: 'InternalError: try again' }]);
  });

  it('given an entry reported neither sent nor failed, then it is not deleted', () => {
    const { sent, failed } = decideDeletes(batch, { Successful: [{ Id: sendEntryId(0) }] });
    expect(sent.map((m) => m.MessageId)).toEqual(['a']);
    expect(failed.map((f) => [f.message.MessageId, f.reason])).toEqual([
      ['b', 'not reported sent'],
      ['c', 'not reported sent'],
    ]);
  });
});

describe('decideOutboxRedrive', () => {
  it('given an empty outbox, then the publish DLQ messages are deleted', () => {
    expect(decideOutboxRedrive(0)).toEqual({ action: 'delete' });
  });

  it('given commits still in the outbox, then they are kept, saying why', () => {
    expect(decideOutboxRedrive(3)).toEqual({
      action: 'keep',
      why: 'the outbox still holds 3 commit(s), which the drain publishes within 5 minutes; run this again once it is empty',
    });
    expect(decideOutboxRedrive(OUTBOX_PROBE)).toMatchObject({ why: expect.stringContaining(`${OUTBOX_PROBE}+`) });
  });
});
