import type { Logger } from '../logger';

/**
 * Runs work handed to a timer, a socket event or a promise callback. A throw there would leave
 * through 'uncaughtException' (or an unhandled rejection) and stop the whole relay, so it is logged
 * and that piece of work is skipped instead.
 */
export function contained(log: Logger, what: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    log.error({ err: error }, `${what} failed`);
  }
}
