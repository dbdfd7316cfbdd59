/**
 * A reason the relay refuses to start, worded for whoever runs it: what is wrong and what to do.
 * `main.ts` prints the message alone (no stack) and exits with `exitCode`, so scripts and
 * supervisors can tell a bad setting from damaged data without parsing text.
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Exit codes from sysexits.h, which supervisors and shell scripts already know. */
export const exitCodes = {
  /** A setting or the signing key is missing, weak or unreadable (EX_CONFIG). */
  config: 78,
  /** The stored data is damaged or incomplete (EX_DATAERR). */
  damagedData: 65,
  /** The storage cannot be opened or read at all (EX_IOERR). */
  storageIo: 74,
} as const;
