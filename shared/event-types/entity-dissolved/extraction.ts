import {
  betterDated,
  combine,
  dateDistance,
  entityKey,
  preferName,
  sameEntity,
  type DatePolicy,
} from '../../extract/merging.ts';
import type { EventTypeExtraction } from '../extraction.ts';
import { findDissolutionClauses } from './clause-finder.ts';
import { findDissolutions } from './finder.ts';

/** An entity is dissolved once. */
const DATES: DatePolicy = { oncePerSubject: true, windowDays: 0 };
/** Names of one entity vary too much for exact buckets ("parliament" and "the Assembly"): one bucket, scanned. */
const ONE_BUCKET = 'entities';

export const dissolutionExtraction: EventTypeExtraction<'EntityDissolved'> = {
  type: 'EntityDissolved',
  find: (ctx) => [...findDissolutions(ctx), ...findDissolutionClauses(ctx)],
  mergeBucket: () => ONE_BUCKET,
  relate: (kept, next) => (sameEntity(kept.entity!.name, next.entity!.name) ? 'same' : undefined),
  dateDistance: (kept, next) => dateDistance(kept, next, DATES),
  combine(kept, next) {
    const merged = combine(kept, next, false);
    const dated = betterDated(kept, next, false);
    merged.entity = { ...merged.entity!, name: preferName(kept.entity!.name, next.entity!.name) };
    const decidedOn = dated.decidedOn ?? kept.decidedOn ?? next.decidedOn;
    const effectiveOn = dated.effectiveOn ?? kept.effectiveOn ?? next.effectiveOn;
    delete merged.decidedOn;
    delete merged.effectiveOn;
    if (decidedOn) merged.decidedOn = decidedOn;
    if (effectiveOn) merged.effectiveOn = effectiveOn;
    return merged;
  },
  subjectKey: (c) => entityKey(c.entity!.name),
  toEvent: (c, base) => ({
    ...base,
    type: 'EntityDissolved',
    entity: c.entity!,
    ...(c.decidedOn ? { decidedOn: c.decidedOn } : {}),
    ...(c.effectiveOn ? { effectiveOn: c.effectiveOn } : {}),
  }),
};
