/**
 * not-found: the record is gone (often deleted by a peer a moment ago); invalid: the change breaks a
 * schema or a board rule; not-empty: a heading or theme still holds cards.
 */
export type BoardOperationErrorCode = 'not-found' | 'invalid' | 'not-empty';

/** A board operation refused; nothing was written. The UI shows the message and carries on. */
export class BoardOperationError extends Error {
  override readonly name = 'BoardOperationError';
  readonly code: BoardOperationErrorCode;

  constructor(code: BoardOperationErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
