import { useCallback, useState } from 'react';
import { errorMessage } from '../api/ApiRequestError';

export interface Action {
  run: (work: () => Promise<unknown>) => void;
  busy: boolean;
  error: string | null;
}

/** One button's request at a time, with the server's refusal kept as a sentence to show. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback((work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    work()
      .catch((failure: unknown) => setError(errorMessage(failure)))
      .finally(() => setBusy(false));
  }, []);
  return { run, busy, error };
}
