import { describe, expect, it } from 'vitest';
import {
  DeploymentAnnounced,
  DomainEvent,
  EntityDissolved,
  WithdrawalBegun,
} from '../../../shared/events/contracts.ts';

const base = {
  id: '0123456789abcdef0123456789abcdef',
  schemaVersion: 1,
  occurredOn: '2024-04-17',
  evidence: { text: 'Russian peacekeepers began to withdraw.', start: 10, end: 49 },
  confidence: 0.9,
  article: { key: 'corpus/seed.txt', published: '2024-04-17' },
};
const deployment = {
  ...base,
  type: 'DeploymentAnnounced',
  actor: { name: 'Russia', code: 'RU' },
  location: { name: 'Nagorno-Karabakh' },
  personnel: 1960,
};
const withdrawal = { ...base, type: 'WithdrawalBegun', actor: { name: 'Russia' }, location: { name: 'Karabakh' } };
const dissolution = {
  ...base,
  type: 'EntityDissolved',
  occurredOn: '2024',
  entity: { name: 'Republic of Nagorno-Karabakh', kind: 'state' },
  decidedOn: '2023-09',
  effectiveOn: '2024-01-01',
};

describe('event contracts accept valid events', () => {
  it.each([
    ['DeploymentAnnounced', DeploymentAnnounced, deployment],
    ['WithdrawalBegun', WithdrawalBegun, withdrawal],
    ['EntityDissolved', EntityDissolved, dissolution],
  ])('%s parses on its own schema and through DomainEvent', (_name, schema, event) => {
    expect(schema.parse(event)).toEqual(event);
    expect(DomainEvent.parse(event)).toEqual(event);
  });

  it.each(['2024', '2024-02', '2024-02-29', '1999-12-31'])('accepts the partial date %s', (date) => {
    expect(DomainEvent.safeParse({ ...withdrawal, occurredOn: date }).success).toBe(true);
  });

  it('accepts an unknown date and unknown personnel as null', () => {
    expect(DomainEvent.safeParse({ ...deployment, occurredOn: null, personnel: null }).success).toBe(true);
  });
});

describe('event contracts reject invalid events', () => {
  it.each([
    '24-04-17',
    '2024-4-17',
    '2024-13',
    '2024-00-10',
    '2024-04-32',
    '2024/04/17',
    '17.04.2024',
    '2024-04-17T00:00',
    '',
  ])('rejects the date %j in occurredOn, decidedOn and article.published', (date) => {
    expect(DomainEvent.safeParse({ ...deployment, occurredOn: date }).success).toBe(false);
    expect(DomainEvent.safeParse({ ...dissolution, decidedOn: date }).success).toBe(false);
    expect(DomainEvent.safeParse({ ...withdrawal, article: { key: 'k', published: date } }).success).toBe(false);
  });

  it.each([
    ['id', deployment],
    ['schemaVersion', deployment],
    ['occurredOn', withdrawal],
    ['evidence', withdrawal],
    ['confidence', dissolution],
    ['article', dissolution],
    ['type', deployment],
    ['actor', deployment],
    ['location', withdrawal],
    ['personnel', deployment],
    ['entity', dissolution],
  ] as const)('rejects a missing %s', (field, event) => {
    const { [field]: _dropped, ...rest } = event as Record<string, unknown>;
    expect(DomainEvent.safeParse(rest).success).toBe(false);
  });

  it.each([0, 2, '1', null])('rejects schemaVersion %j', (schemaVersion) => {
    expect(DomainEvent.safeParse({ ...deployment, schemaVersion }).success).toBe(false);
  });

  it.each([
    ['an unknown type', { ...withdrawal, type: 'TroopsMoved' }],
    ['a short id', { ...deployment, id: 'abc' }],
    ['an uppercase id', { ...deployment, id: '0123456789ABCDEF0123456789ABCDEF' }],
    ['confidence above 1', { ...deployment, confidence: 1.5 }],
    ['zero personnel', { ...deployment, personnel: 0 }],
    ['fractional personnel', { ...deployment, personnel: 2.5 }],
    ['a lowercase country code', { ...deployment, actor: { name: 'Russia', code: 'ru' } }],
    ['an empty actor name', { ...deployment, actor: { name: '' } }],
    ['negative evidence offsets', { ...withdrawal, evidence: { text: 'x', start: -1, end: 1 } }],
    ['an empty article key', { ...withdrawal, article: { key: '' } }],
  ])('rejects %s', (_what, event) => {
    expect(DomainEvent.safeParse(event).success).toBe(false);
  });
});
