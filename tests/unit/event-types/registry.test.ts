import { describe, expect, it } from 'vitest';
import { EVENT_SCHEMAS, EVENT_TYPES } from '../../../shared/events/contracts.ts';
import { EVENT_TYPE_EXTRACTIONS } from '../../../shared/event-types/extractions.ts';
import { EVENT_TYPE_MODELS } from '../../../shared/event-types/models.ts';

describe('event type registry', () => {
  it.each(EVENT_TYPES)('registers %s once in each list, under its own name', (type) => {
    expect(EVENT_TYPE_EXTRACTIONS[type].type).toBe(type);
    expect(EVENT_TYPE_MODELS[type].type).toBe(type);
  });

  it.each(EVENT_TYPES)("gives %s the shape its contract's fields have", (type) => {
    const fields = Object.keys(EVENT_SCHEMAS[type].shape);
    const shape = EVENT_TYPE_MODELS[type].shape;
    if (shape === 'placement') expect(fields).toEqual(expect.arrayContaining(['actor', 'location']));
    else expect(fields).toContain('entity');
  });

  it('runs withdrawals before deployments, which read where withdrawals were found', () => {
    const order = Object.keys(EVENT_TYPE_EXTRACTIONS);
    expect(order.indexOf('WithdrawalBegun')).toBeLessThan(order.indexOf('DeploymentAnnounced'));
    expect([...order].sort()).toEqual([...EVENT_TYPES].sort());
  });
});
