import { pstbContractMinutesSchema } from '@washup/shared/pstb';

/** The minutes typed, or null while they are not a contract the relay would accept. */
export function parseContractMinutes(text: string): number | null {
  const parsed = pstbContractMinutesSchema.safeParse(Number(text));
  return text.trim() !== '' && parsed.success ? parsed.data : null;
}
