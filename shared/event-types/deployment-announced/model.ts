import { placeRef } from '../../projections/sources.ts';
import type { EventTypeModel } from '../model.ts';

export const deploymentModel: EventTypeModel<'DeploymentAnnounced'> = {
  type: 'DeploymentAnnounced',
  shape: 'placement',
  timelineFields: (e) => ({
    actor: placeRef(e.actor),
    location: placeRef(e.location),
    entity: null,
    decidedOn: null,
    effectiveOn: null,
    personnel: e.personnel,
  }),
};
