/**
 * The relay's log as its lower layers (sync, storage) write to it. Fastify's pino logger is one,
 * so their lines reach the same stream, as JSON, at the configured level, beside the request log.
 * Details go first and the message second, as pino takes them; an error goes under `err`.
 */
export interface Logger {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** For parts built outside a relay (a test opening storage directly): standard error, as before. */
export const consoleLogger: Logger = {
  error: (details, message) => console.error(message, details),
  warn: (details, message) => console.warn(message, details),
};
