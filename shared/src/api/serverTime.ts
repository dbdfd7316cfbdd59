import { z } from 'zod';

/** The answer to `GET /api/time`: the relay's clock in ms since the epoch. */
export const serverTimeSchema = z.object({ now: z.number() });
