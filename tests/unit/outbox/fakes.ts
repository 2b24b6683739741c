/**
 * Test doubles for the outbox: log events, and a scripted EventBus that produces the faults no emulator can
 * (partial failures with ErrorCode, throttled calls, "crashes" after accepting a batch).
 */
import type { BusEntry, LogEvent, PutEventsResult } from '../../../shared/events/envelope.ts';
import type { EventBus } from '../../../shared/ports.ts';

export function makeEvent(i: number, padBytes = 0): LogEvent {
  return {
    type: 'DeploymentAnnounced',
    schemaVersion: 1,
    id: i.toString(16).padStart(32, '0'),
    occurredOn: '2024-03-01',
    actor: { name: 'France', code: 'FR' },
    location: { name: 'Chad', code: 'TD' },
    personnel: 100 + i,
    evidence: { text: 'France sent troops to Chad.' + 'x'.repeat(padBytes), start: 0, end: 27 },
    confidence: 0.9,
    article: { key: `news/${i}.txt` },
  };
}

export const eventIdOf = (entry: BusEntry): string => (JSON.parse(entry.Detail) as { id: string }).id;

/** What the bus does with one call: accept it, fail some entries, or throw. */
export type CallScript = (call: {
  index: number;
  entries: BusEntry[];
}) => { fail?: Map<number, string> | Array<[number, string]> } | { throw: Error } | undefined;

/** A bus that records every call and every entry it accepted; `script` injects faults. */
export class FakeBus implements EventBus {
  readonly calls: BusEntry[][] = [];
  /** Event ids in the order the bus accepted them (duplicates kept). */
  readonly delivered: string[] = [];

  constructor(private readonly script: CallScript = () => undefined) {}

  async putEvents(entries: BusEntry[]): Promise<PutEventsResult> {
    const index = this.calls.length;
    this.calls.push(entries);
    const action = this.script({ index, entries });
    if (action && 'throw' in action) throw action.throw;
    const fail = new Map(action?.fail ?? []);
    const results = entries.map((entry, i) => {
      const code = fail.get(i);
      if (code) return { ErrorCode: code, ErrorMessage: `${code} for entry ${i}` };
      this.delivered.push(eventIdOf(entry));
      return { EventId: `evt-${index}-${i}` };
    });
    return { FailedEntryCount: fail.size, Entries: results };
  }
}

export function awsError(name: string, message = name): Error {
  const err = new Error(message);
  err.name = name;
  return err;
}

/** A sleep that records the delays and returns at once. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms) };
}
