import * as z from 'zod';
import { Actor, baseFields, Location } from '../../events/fields.ts';

export const WithdrawalBegun = z
  .object({
    ...baseFields,
    type: z.literal('WithdrawalBegun'),
    actor: Actor,
    location: Location,
  })
  .describe("The withdrawal of an actor's forces from a location has started, is under way or is completed.");
export type WithdrawalBegun = z.infer<typeof WithdrawalBegun>;
