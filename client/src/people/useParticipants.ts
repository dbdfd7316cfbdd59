import { useCallback, useEffect, useState } from 'react';
import type { Participant } from '@washup/shared/api';
import { listParticipants } from '../api/participants';
import { useBoardConnection } from '../sync/BoardConnectionContext';

export interface ParticipantsState {
  participants: Participant[] | null;
  error: string | null;
  reload: () => void;
}

/** Who has joined the board, fetched while `active` (the dialog is open). */
export function useParticipants(active: boolean): ParticipantsState {
  const { boardId, identity } = useBoardConnection();
  const [participants, setParticipants] = useState<Participant[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    if (!active) return;
    let current = true;
    listParticipants(boardId, identity.token).then(
      (list) => {
        if (!current) return;
        setParticipants(list);
        setError(null);
      },
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [active, boardId, identity.token, generation]);

  return { participants, error, reload };
}
