import { placementTimelineFields } from '../placement.ts';
import type { EventTypeModel } from '../model.ts';

export const withdrawalModel: EventTypeModel<'WithdrawalBegun'> = {
  type: 'WithdrawalBegun',
  shape: 'placement',
  timelineFields: (e) => placementTimelineFields(e, null),
};
