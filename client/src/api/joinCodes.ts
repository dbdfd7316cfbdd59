import { resolveJoinCodeResponseSchema, type ResolveJoinCodeResponse } from '@washup/shared/api';
import { apiRequest } from './request';

/** The invite link a typed join code stands for; the relay reads the code as typed (any case, dashes). */
export function resolveJoinCode(code: string): Promise<ResolveJoinCodeResponse> {
  return apiRequest('/api/join-codes', resolveJoinCodeResponseSchema, { method: 'POST', body: { code } });
}
