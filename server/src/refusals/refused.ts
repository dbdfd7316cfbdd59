import type { RefusalKind } from '@washup/shared/rules';

/**
 * The one exception the relay's services throw when they say no: what kind of refusal it is, a
 * stable code naming the rule and a sentence a person can act on. Which HTTP status a kind gets
 * is decided once, at the HTTP edge (`http/errorHandler.ts`).
 */
export class Refused extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'Refused';
  }
}
