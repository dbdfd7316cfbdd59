import { z } from 'zod';

/**
 * Starting a session: the settings are checked in full by the process's own config schema when
 * the machine is created, after the relay has added the session id. `replace` confirms that a
 * session still running may be discarded.
 */
export function startRequestSchema<P extends string>(prefix: P) {
  return z.object({
    type: z.literal(`${prefix}.start` as `${P}.start`),
    config: z.record(z.string(), z.unknown()),
    replace: z.boolean().default(false),
  });
}

/**
 * Asks the relay to bring the session up to its own clock. The relay does so itself when a
 * countdown ends; a client sends this when its countdown shows zero and nothing moved (after a
 * relay restart, say), and it changes nothing that the clock has not already decided.
 */
export function tickRequestSchema<P extends string>(prefix: P) {
  return z.object({ type: z.literal(`${prefix}.tick` as `${P}.tick`) });
}
