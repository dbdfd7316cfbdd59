/**
 * A rule's refusal: a stable code naming the rule that said no, and plain words for the person
 * who acted (safe to show as is).
 */
export interface Refusal<Code extends string = string> {
  code: Code;
  message: string;
}

/**
 * What every rule in `shared/` returns. Rules refuse by value rather than by throwing: a refused
 * command is an expected event, not a fault.
 */
export type Outcome<T, R extends Refusal = Refusal> = { ok: true; value: T } | { ok: false; error: R };

/**
 * Why something was refused, in the domain's words: the input itself is wrong, the caller is not
 * known, may not do it, the thing is not there, its state does not allow it now, it was asked
 * too often, what was sent is too big (or would make what is kept too big), or it is of a kind
 * not taken there. The relay's HTTP edge turns each kind into a status; nothing in `shared/` knows them.
 */
export const refusalKinds = ['invalid', 'unauthenticated', 'forbidden', 'not_found', 'conflict', 'too_many', 'too_large', 'unsupported_type'] as const;
export type RefusalKind = (typeof refusalKinds)[number];
