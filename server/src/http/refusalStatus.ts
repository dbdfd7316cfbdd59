import type { RefusalKind } from '@washup/shared/rules';

/** The HTTP status each kind of refusal is answered with: chosen here and nowhere else. */
export const refusalStatus: Record<RefusalKind, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many: 429,
  too_large: 413,
  unsupported_type: 415,
};
