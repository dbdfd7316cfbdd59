import { pastSessionsEntry, type PastSession } from '@washup/shared/relayDoc';
import { useMemo } from 'react';
import { useRelayDocValue } from '../sync/useRelayDocValue';

export type EarlierSession<P extends PastSession['session']['process']> = Extract<PastSession, { session: { process: P } }>;

/** The board's earlier sessions of one process, newest first, as the relay keeps them. */
export function useEarlierSessions<P extends PastSession['session']['process']>(process: P): Array<EarlierSession<P>> {
  const history = useRelayDocValue(pastSessionsEntry);
  return useMemo(
    () => (history?.sessions ?? []).filter((past): past is EarlierSession<P> => past.session.process === process).reverse(),
    [history, process],
  );
}
