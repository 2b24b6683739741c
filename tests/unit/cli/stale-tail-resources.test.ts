import { describe, expect, it } from 'vitest';
import {
  decideStaleTailResources,
  TAIL_STALE_AFTER_MS,
  tailResourceName,
  tailTags,
  type StaleContext,
} from '../../../cli/lib/stale-tail-resources.ts';

const NOW = Date.parse('2026-12-04T06:00:00Z');
const ALIVE = 4242;
const ctx: StaleContext = { stack: 'Sitrep', host: 'box', now: NOW, isAlive: (pid) => pid === ALIVE };
const resource = (name: string, tags: Record<string, string>) => ({ name, tags });

describe('decideStaleTailResources', () => {
  it('given a tail of this stack on this host whose process is gone, then its resources are stale', () => {
    const found = [resource('a', tailTags('Sitrep', 'box', 17, NOW - 1000))];
    expect(decideStaleTailResources(found, ctx)).toEqual(['a']);
  });

  it('given a tail of this stack still running on this host, then it is kept', () => {
    const found = [resource('a', tailTags('Sitrep', 'box', ALIVE, NOW - 1000))];
    expect(decideStaleTailResources(found, ctx)).toEqual([]);
  });

  it('given a tail on another host, then it is kept until it is older than the stale age', () => {
    const young = resource('young', tailTags('Sitrep', 'other', 17, NOW - TAIL_STALE_AFTER_MS + 1));
    const old = resource('old', tailTags('Sitrep', 'other', 17, NOW - TAIL_STALE_AFTER_MS - 1));
    expect(decideStaleTailResources([young, old], ctx)).toEqual(['old']);
  });

  it('given resources of another stack or without tags, then they are never touched', () => {
    const found = [resource('other-stack', tailTags('Elsewhere', 'box', 17, 0)), resource('untagged', {})];
    expect(decideStaleTailResources(found, ctx)).toEqual([]);
  });

  it('given a resource tagged for this stack with unreadable owner or time, then it is stale', () => {
    const found = [
      resource('no-time', { 'sitrep:tail-stack': 'Sitrep', 'sitrep:tail-owner': `box:${ALIVE}` }),
      resource('no-owner', { 'sitrep:tail-stack': 'Sitrep', 'sitrep:tail-created': new Date(NOW).toISOString() }),
    ];
    expect(decideStaleTailResources(found, ctx)).toEqual(['no-time', 'no-owner']);
  });
});

describe('tailResourceName', () => {
  it('keeps a rule name within 64 characters and EventBridge/SQS name characters', () => {
    const name = tailResourceName('My Stack/with a very long name that goes on and on and on', '0123456789ab');
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name).toMatch(/^sitrep-tail-[A-Za-z0-9_-]+-0123456789ab$/);
  });
});
