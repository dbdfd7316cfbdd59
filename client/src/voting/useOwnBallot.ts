import { useCallback, useEffect, useState } from 'react';
import type { Ballot } from '@washup/shared/voting';
import { errorMessage } from '../api/ApiRequestError';
import { fetchOwnBallot } from '../api/ballots';
import { useBoardConnection } from '../sync/BoardConnectionContext';

export interface OwnBallotState {
  /** False until the first answer (or failure), so a re-cast never starts from a blank ballot by mistake. */
  loaded: boolean;
  ballot: Ballot | null;
  /** Ballots this person cast for others in the room (the Lead Reviewer only). */
  proxies: Ballot[];
  error: string | null;
  reload: () => void;
}

/**
 * This person's own ballot for a round, and the proxies they cast, from the relay: a reload or a
 * second device shows the dots already given. Nobody else's ballot ever reaches this device.
 */
export function useOwnBallot(roundId: string | null): OwnBallotState {
  const { boardId, identity } = useBoardConnection();
  const [state, setState] = useState<Omit<OwnBallotState, 'reload'> & { roundId: string | null }>({
    roundId: null,
    loaded: false,
    ballot: null,
    proxies: [],
    error: null,
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    if (!roundId) return;
    let current = true;
    fetchOwnBallot(boardId, identity.token, roundId).then(
      (own) => current && setState({ roundId, loaded: true, ballot: own.ballot, proxies: own.proxies, error: null }),
      (failure: unknown) =>
        current && setState((previous) => ({ ...previous, roundId, loaded: true, error: errorMessage(failure) })),
    );
    return () => {
      current = false;
    };
  }, [boardId, identity.token, roundId, generation]);

  // An answer for an earlier round must not show as this one's.
  if (state.roundId !== roundId) return { loaded: false, ballot: null, proxies: [], error: null, reload };
  return { loaded: state.loaded, ballot: state.ballot, proxies: state.proxies, error: state.error, reload };
}
