import { z } from 'zod';

/** Someone named in a facilitated session; the id is the participant id from their token. */
export const sessionPersonSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(80),
});
export type SessionPerson = z.infer<typeof sessionPersonSchema>;
