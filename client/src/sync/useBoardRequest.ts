import { useCallback, useEffect, useState } from 'react';
import { useBoardConnection } from './BoardConnectionContext';

export interface BoardRequestState<T> {
  value: T | null;
  error: string | null;
  reload: () => void;
}

/**
 * One HTTP request about the open board, made with this participant's token while `active` (a
 * dialog is open) and again on `reload`; an answer that arrives after the dialog closed is dropped.
 * `request` must be a stable function (a module's own), not one made at each render.
 */
export function useBoardRequest<T>(active: boolean, request: (boardId: string, token: string) => Promise<T>): BoardRequestState<T> {
  const { boardId, identity } = useBoardConnection();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((count) => count + 1), []);

  useEffect(() => {
    if (!active) return;
    let current = true;
    request(boardId, identity.token).then(
      (answer) => {
        if (!current) return;
        setValue(answer);
        setError(null);
      },
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [active, boardId, identity.token, generation, request]);

  return { value, error, reload };
}
