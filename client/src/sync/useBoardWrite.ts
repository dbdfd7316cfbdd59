import { useCallback, useState } from 'react';

export interface BoardWrite {
  /** Runs the write; false when the record's schema refused it (the words were too long, say). */
  write: (put: () => void) => boolean;
  error: string | null;
}

/**
 * A form's write to the board doc. The shared schemas check a record before it is stored and
 * throw when it does not fit; the form shows `refusal` instead, and keeps what was typed.
 */
export function useBoardWrite(refusal: string): BoardWrite {
  const [error, setError] = useState<string | null>(null);
  const write = useCallback(
    (put: () => void) => {
      try {
        put();
        setError(null);
        return true;
      } catch {
        setError(refusal);
        return false;
      }
    },
    [refusal],
  );
  return { write, error };
}
