/**
 * What `sitrep replay --stack` asks EventBridge for: the stack's archive replayed onto its own bus, to one rule only,
 * for a window of time. Pure: the I/O that carries it out is in cli/commands/replay.ts.
 */
import { decideStackOutputs, requireOutput } from './stack-outputs.ts';

/** EventBridge's limit on a replay's name, and the characters it allows. */
const REPLAY_NAME_MAX = 64;
const REPLAY_NAME_CHARS = /[^.\-_A-Za-z0-9]/g;

export type ReplayPlanErrorCode = 'BAD_TIME' | 'EMPTY_WINDOW' | 'FUTURE_WINDOW';

export class ReplayPlanError extends Error {
  constructor(
    readonly code: ReplayPlanErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ReplayPlan {
  replayName: string;
  archiveArn: string;
  busName: string;
  busArn: string;
  rule: string;
  start: Date;
  end: Date;
}

/** A time given as YYYY-MM-DD (midnight UTC) or an ISO 8601 instant. */
function parseTime(label: string, value: string): Date {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) throw new ReplayPlanError('BAD_TIME', `--${label} '${value}' is not a date or ISO time`);
  return new Date(ms);
}

/**
 * The replay to start, given the stack's outputs, the rule that should receive it and the window
 * [since, until). Throws one-line errors for missing outputs and impossible windows.
 */
export function decideReplay(
  outputs: unknown,
  stack: string,
  request: { rule: string; since: string; until: string; now: Date },
): ReplayPlan {
  const mine = decideStackOutputs(outputs, stack);
  const get = (key: string) => requireOutput(mine, stack, key);
  const start = parseTime('since', request.since);
  const end = parseTime('until', request.until);
  if (end <= start) throw new ReplayPlanError('EMPTY_WINDOW', `--until must be after --since`);
  if (start > request.now) throw new ReplayPlanError('FUTURE_WINDOW', `--since is in the future: nothing to replay`);
  const stamp = request.now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const replayName = `sitrep-${request.rule}-${stamp}`.replace(REPLAY_NAME_CHARS, '-').slice(0, REPLAY_NAME_MAX);
  return {
    replayName,
    archiveArn: get('EventArchiveArn'),
    busName: get('EventBusName'),
    busArn: get('EventBusArn'),
    rule: request.rule,
    start,
    end: end > request.now ? request.now : end,
  };
}
