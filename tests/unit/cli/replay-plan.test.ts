import { describe, expect, it } from 'vitest';
import { decideReplay } from '../../../cli/lib/replay-plan.ts';

const OUTPUTS = {
  Sitrep: {
    EventArchiveArn: 'arn:aws:events:eu-west-1:111122223333:archive/sitrep',
    EventBusName: 'sitrep-bus',
    EventBusArn: 'arn:aws:events:eu-west-1:111122223333:event-bus/sitrep-bus',
  },
};
const NOW = new Date('2025-03-01T12:00:00Z');

describe('decideReplay', () => {
  it('given a stack with an archive, when a window is asked for one rule, then it replays that window to that rule', () => {
    const plan = decideReplay(OUTPUTS, 'Sitrep', {
      rule: 'late-subscriber',
      since: '2025-01-01',
      until: '2025-02-01',
      now: NOW,
    });
    expect(plan).toEqual({
      replayName: 'sitrep-late-subscriber-20250301T120000',
      archiveArn: OUTPUTS.Sitrep.EventArchiveArn,
      busName: 'sitrep-bus',
      busArn: OUTPUTS.Sitrep.EventBusArn,
      rule: 'late-subscriber',
      start: new Date('2025-01-01T00:00:00Z'),
      end: new Date('2025-02-01T00:00:00Z'),
    });
  });

  it('given a window that runs past now, then it stops at now', () => {
    const plan = decideReplay(OUTPUTS, 'Sitrep', {
      rule: 'r',
      since: '2025-02-01T06:00:00Z',
      until: '2030-01-01',
      now: NOW,
    });
    expect(plan.end).toEqual(NOW);
  });

  it('given a rule name with characters EventBridge refuses in a replay name, then the name is cleaned and bounded', () => {
    const plan = decideReplay(OUTPUTS, 'Sitrep', {
      rule: `rule/with:odd chars${'x'.repeat(80)}`,
      since: '2025-01-01',
      until: '2025-01-02',
      now: NOW,
    });
    expect(plan.replayName).toMatch(/^[.\-_A-Za-z0-9]{1,64}$/);
  });

  it('refuses bad times, empty and future windows, and stacks without an archive, with a code', () => {
    const ask =
      (since: string, until: string, outputs: unknown = OUTPUTS) =>
      () =>
        decideReplay(outputs, 'Sitrep', { rule: 'r', since, until, now: NOW });
    expect(ask('yesterday', '2025-01-02')).toThrow(expect.objectContaining({ code: 'BAD_TIME' }));
    expect(ask('2025-01-02', '2025-01-01')).toThrow(expect.objectContaining({ code: 'EMPTY_WINDOW' }));
    expect(ask('2026-01-01', '2026-02-01')).toThrow(expect.objectContaining({ code: 'FUTURE_WINDOW' }));
    expect(ask('2025-01-01', '2025-01-02', { Sitrep: { EventBusName: 'b' } })).toThrow(
      expect.objectContaining({ code: 'MISSING_OUTPUT' }),
    );
  });
});
