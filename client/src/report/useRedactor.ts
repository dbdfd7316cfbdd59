import { useMemo } from 'react';
import { nameRedactor, type NameRedactor } from '@washup/shared/report';
import { useRedactions } from './useRedactions';

/** The board's redaction list as a redactor, for text shown beside the report (comments, proposals). */
export function useRedactor(): NameRedactor {
  const redactions = useRedactions();
  return useMemo(() => nameRedactor(redactions), [redactions]);
}
