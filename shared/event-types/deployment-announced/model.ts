import { placementTimelineFields } from '../placement.ts';
import type { EventTypeModel } from '../model.ts';

export const deploymentModel: EventTypeModel<'DeploymentAnnounced'> = {
  type: 'DeploymentAnnounced',
  shape: 'placement',
  timelineFields: (e) => placementTimelineFields(e, e.personnel),
};
