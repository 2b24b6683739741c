import { placeRef } from '../../projections/sources.ts';
import type { EventTypeModel } from '../model.ts';

export const withdrawalModel: EventTypeModel<'WithdrawalBegun'> = {
  type: 'WithdrawalBegun',
  shape: 'placement',
  timelineFields: (e) => ({
    actor: placeRef(e.actor),
    location: placeRef(e.location),
    entity: null,
    decidedOn: null,
    effectiveOn: null,
    personnel: null,
  }),
};
