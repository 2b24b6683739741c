import * as z from 'zod';
import { baseFields, PartialDate } from '../../events/fields.ts';

export const EntityDissolved = z
  .object({
    ...baseFields,
    type: z.literal('EntityDissolved'),
    entity: z.object({ name: z.string().min(1), kind: z.string().optional() }),
    decidedOn: PartialDate.optional(),
    effectiveOn: PartialDate.optional(),
  })
  .describe(
    'A named entity is formally dissolved, disbanded, liquidated or declared to cease to exist by a decision taken.',
  );
export type EntityDissolved = z.infer<typeof EntityDissolved>;
