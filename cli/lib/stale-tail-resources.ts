/**
 * Which temporary rules and queues of `sitrep tail --stack --follow` are left over from a run that ended without
 * cleaning up (killed, a lost connection), so the next run deletes them. Pure: the tags decide.
 *
 * Each run tags what it creates with the stack, its owner (`host:pid`) and its creation time. A resource is stale
 * when it belongs to the stack and either its owner ran on this host and is gone, or it is older than
 * TAIL_STALE_AFTER_MS (an owner on another host cannot be checked; no interactive tail lasts a day). Resources
 * without the stack tag are never touched, whatever their name.
 */

/** Name prefix of every temporary rule and queue (also the ListRules/ListQueues filter). */
export const TAIL_NAME_PREFIX = 'sitrep-tail-';

export const TAIL_TAGS = {
  stack: 'sitrep:tail-stack',
  owner: 'sitrep:tail-owner',
  created: 'sitrep:tail-created',
} as const;

/** Age after which a tail's resources are stale even if their owner cannot be checked. */
export const TAIL_STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface TailResource {
  name: string;
  tags: Record<string, string>;
}

export interface StaleContext {
  stack: string;
  host: string;
  now: number;
  /** Whether a process of this host still runs. */
  isAlive(pid: number): boolean;
}

/** The tags of a new temporary resource. */
export function tailTags(stack: string, host: string, pid: number, now: number): Record<string, string> {
  return {
    [TAIL_TAGS.stack]: stack,
    [TAIL_TAGS.owner]: `${host}:${pid}`,
    [TAIL_TAGS.created]: new Date(now).toISOString(),
  };
}

/** The names among `found` to delete before this run creates its own. */
export function decideStaleTailResources(found: TailResource[], ctx: StaleContext): string[] {
  return found.filter((r) => r.tags[TAIL_TAGS.stack] === ctx.stack && isStale(r.tags, ctx)).map((r) => r.name);
}

function isStale(tags: Record<string, string>, ctx: StaleContext): boolean {
  const created = Date.parse(tags[TAIL_TAGS.created] ?? '');
  if (!Number.isFinite(created) || ctx.now - created > TAIL_STALE_AFTER_MS) return true;
  const owner = /^(.*):(\d+)$/.exec(tags[TAIL_TAGS.owner] ?? '');
  if (!owner) return true;
  return owner[1] === ctx.host && !ctx.isAlive(Number(owner[2]));
}

/** A fresh resource name for this run: the prefix, the stack (as far as names allow) and a random suffix. */
export function tailResourceName(stack: string, suffix: string): string {
  const slug = stack.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, MAX_STACK_SLUG);
  return `${TAIL_NAME_PREFIX}${slug}-${suffix}`;
}

/** Keeps a rule name (at most 64 characters) within bounds: prefix 12 + slug 32 + '-' + suffix 12 = 57. */
const MAX_STACK_SLUG = 32;
