import type { EventTypeModel } from '../model.ts';

export const dissolutionModel: EventTypeModel<'EntityDissolved'> = {
  type: 'EntityDissolved',
  shape: 'entity',
  timelineFields: (e) => ({
    actor: null,
    location: null,
    entity: e.entity.kind ? { name: e.entity.name, kind: e.entity.kind } : { name: e.entity.name },
    decidedOn: e.decidedOn ?? null,
    effectiveOn: e.effectiveOn ?? null,
    personnel: null,
  }),
};
