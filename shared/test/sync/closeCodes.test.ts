import { describe, expect, it } from 'vitest';
import { closeCode, isRefusalCloseCode } from '../../src/sync/closeCodes';

describe('close codes', () => {
  it('keeps the numbers on the wire that deployed clients read', () => {
    expect(closeCode).toEqual({
      goingAway: 1001,
      unsupportedData: 1003,
      policyViolation: 1008,
      messageTooBig: 1009,
      internalError: 1011,
      serverRestart: 1012,
      tryAgainLater: 1013,
      boardDeleted: 4404,
      participantRemoved: 4403,
      readOnly: 4405,
    });
  });

  it('gives each meaning its own code', () => {
    const codes = Object.values(closeCode);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('treats exactly the 44xx codes as a refusal not to reconnect after', () => {
    const refusals = Object.entries(closeCode).filter(([, code]) => isRefusalCloseCode(code)).map(([name]) => name);
    expect(refusals.sort()).toEqual(['boardDeleted', 'participantRemoved', 'readOnly']);
    expect(isRefusalCloseCode(4399)).toBe(false);
    expect(isRefusalCloseCode(4499)).toBe(true);
    expect(isRefusalCloseCode(4500)).toBe(false);
  });
});
