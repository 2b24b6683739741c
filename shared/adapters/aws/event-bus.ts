/**
 * EventBus on Amazon EventBridge (SDK v3 PutEvents). Per-entry failures come back in the result, as the port
 * says; only a failed call (throttled request, network) throws. Batching, size checks and retries live in the
 * outbox publisher (shared/outbox/).
 */
import { EventBridgeClient, PutEventsCommand, type EventBridgeClientConfig } from '@aws-sdk/client-eventbridge';
import type { BusEntry, PutEventsResult } from '../../events/envelope.ts';
import type { EventBus } from '../../ports.ts';

export interface EventBridgeBusOptions {
  client?: EventBridgeClient;
  /** Client settings when no client is given. */
  clientConfig?: EventBridgeClientConfig;
  /** Bus name or ARN for entries that do not name one (EventBridge's default bus when absent). */
  eventBusName?: string;
}

export class EventBridgeBus implements EventBus {
  private readonly client: EventBridgeClient;
  private readonly eventBusName: string | undefined;

  constructor(opts: EventBridgeBusOptions = {}) {
    this.client = opts.client ?? new EventBridgeClient(opts.clientConfig ?? {});
    this.eventBusName = opts.eventBusName;
  }

  async putEvents(entries: BusEntry[]): Promise<PutEventsResult> {
    if (entries.length === 0) return { FailedEntryCount: 0, Entries: [] };
    const res = await this.client.send(
      new PutEventsCommand({
        Entries: entries.map((e) => ({
          Source: e.Source,
          DetailType: e.DetailType,
          Detail: e.Detail,
          ...(e.Resources ? { Resources: e.Resources } : {}),
          ...(e.Time ? { Time: e.Time } : {}),
          ...((e.EventBusName ?? this.eventBusName) ? { EventBusName: e.EventBusName ?? this.eventBusName } : {}),
        })),
      }),
    );
    return toPutEventsResult(res, entries.length);
  }
}

/**
 * Maps the SDK response. The service returns one result per entry, in order; should it ever return fewer, the
 * missing ones are reported as failed (so the publisher retries them) rather than assumed delivered.
 */
export function toPutEventsResult(
  res: {
    FailedEntryCount?: number;
    Entries?: Array<{ EventId?: string; ErrorCode?: string; ErrorMessage?: string }>;
  },
  sent: number,
): PutEventsResult {
  const entries: PutEventsResult['Entries'] = [];
  for (let i = 0; i < sent; i++) {
    const r = res.Entries?.[i];
    if (!r) {
      entries.push({ ErrorCode: 'MissingResult', ErrorMessage: 'PutEvents returned no result for this entry' });
      continue;
    }
    entries.push({
      ...(r.EventId ? { EventId: r.EventId } : {}),
      ...(r.ErrorCode ? { ErrorCode: r.ErrorCode } : {}),
      ...(r.ErrorMessage ? { ErrorMessage: r.ErrorMessage } : {}),
    });
  }
  return { FailedEntryCount: entries.filter((e) => e.ErrorCode !== undefined).length, Entries: entries };
}
