import * as z from 'zod';
import { Actor, baseFields, Location } from '../../events/fields.ts';

export const DeploymentAnnounced = z
  .object({
    ...baseFields,
    type: z.literal('DeploymentAnnounced'),
    actor: Actor,
    location: Location,
    personnel: z.number().int().positive().nullable(),
  })
  .describe(
    'Armed forces of an actor are decided, announced, agreed, approved, ordered to be sent to, or have arrived in a location.',
  );
export type DeploymentAnnounced = z.infer<typeof DeploymentAnnounced>;
