import { describe, expect, it } from 'vitest';
import { decideDeadLetterQueues, decideStackBus, StackOutputsError } from '../../../cli/lib/stack-outputs.ts';
import { renderStackStatus } from '../../../cli/lib/stack-status.ts';

const outputs = {
  Sitrep: {
    EventBusName: 'SitrepBus',
    IngestDlqUrl: 'https://sqs/1/ingest',
    IngestDlqArn: 'arn:aws:sqs:eu-west-1:1:ingest',
    PublishDlqUrl: 'https://sqs/1/publish',
    ProjectorFailureDlqUrl: 'https://sqs/1/failure',
  },
};

describe('stack outputs for the bus and the queues', () => {
  it('given the outputs file, then the bus and every dead-letter queue are found by role', () => {
    expect(decideStackBus(outputs, 'Sitrep')).toBe('SitrepBus');
    expect(decideDeadLetterQueues(outputs, 'Sitrep')).toEqual([
      { role: 'ingest', url: 'https://sqs/1/ingest' },
      { role: 'publish', url: 'https://sqs/1/publish' },
      { role: 'projectorFailure', url: 'https://sqs/1/failure' },
    ]);
  });

  it('given a stack deployed before these outputs, then the error names the output and the fix', () => {
    const old = { Sitrep: { ArticlesBucketName: 'b' } };
    expect(() => decideStackBus(old, 'Sitrep')).toThrow(
      new StackOutputsError('MISSING_OUTPUT', "stack 'Sitrep' has no output EventBusName; redeploy it"),
    );
    expect(() => decideDeadLetterQueues(old, 'Sitrep')).toThrow(/no dead-letter queue outputs/);
  });
});

describe('renderStackStatus', () => {
  it('shows the outbox (capped as "or more"), the dead letters per queue and, when there are some, the redrive hint', () => {
    const text = renderStackStatus({
      stack: 'Sitrep',
      outbox: 1000,
      outboxCapped: true,
      deadLetters: 2,
      deadLetterQueues: [
        { role: 'ingest', url: 'u1', messages: 0 },
        { role: 'publish', url: 'u2', messages: 2 },
      ],
    });
    expect(text.split('\n')).toEqual([
      'stack: Sitrep',
      'outbox: 1000 or more commit(s) waiting to be published',
      'dead letters: 2 message(s)',
      '  ingest: 0  u1',
      '  publish: 2  u2',
      "redrive: sitrep redrive --stack Sitrep (see 'Redrive a dead-letter queue' in the README)",
      '',
    ]);
  });
});
