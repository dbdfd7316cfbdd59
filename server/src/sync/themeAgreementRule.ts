import type * as Y from 'yjs';
import { boardDocOf, readRecordEntry } from '@washup/shared/board';

/**
 * Why a written value may not be stored as a theme: it gives the theme a Lead Reviewer's agreement
 * from before hosts recorded their own (`agreementBeforeHosts`, or a version-1 `hostAgreement`
 * that migrates to it) that the theme as the board holds it does not have. Every device shows that
 * value as recorded before hosts agreed themselves, so only a theme stored from then may carry it:
 * a write keeps it as it is or drops it, never adds or changes it. Null for any value that is no
 * readable theme (other checks name what is wrong with it).
 */
export function themeAgreementProblem(doc: Y.Doc, value: unknown): string | null {
  const reading = readRecordEntry('themes', value);
  if (!reading.ok || reading.record.agreementBeforeHosts === undefined) return null;
  const stored = boardDocOf(doc).get('themes', reading.record.id);
  if (stored?.agreementBeforeHosts === reading.record.agreementBeforeHosts) return null;
  // Short: a close reason holds 123 bytes.
  return 'only the host agrees a theme, not a write to it (a device on an older Washup: reload it to update)';
}
