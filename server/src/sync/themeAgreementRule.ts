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
  return (
    `theme ${reading.record.id} cannot be given an agreement as if a Lead Reviewer recorded it before hosts recorded their own: ` +
    'the host records their agreement themselves (a device still running an older Washup: reload it to update); nothing was saved'
  );
}
