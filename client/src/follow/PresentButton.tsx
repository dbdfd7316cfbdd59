import { useSyncExternalStore } from 'react';
import { presentationEntry, votesEntry } from '@washup/shared/relayDoc';
import type { BoardViewId } from '@washup/shared/room';
import { shownBoardPlace } from '../board/focusRequest';
import { useCommand } from '../commands/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useRelayDocValue } from '../sync/useRelayDocValue';

/**
 * The Lead Reviewer's "Bring everyone here": every device that follows, and the screen link, show
 * this view (on the board, the overview, heading, theme or search the Lead's board shows; on the
 * vote, the latest round).
 */
export function PresentButton({ view }: { view: BoardViewId }) {
  const command = useCommand();
  const presentation = useRelayDocValue(presentationEntry);
  const latestRound = useRelayDocValue(votesEntry)?.rounds.at(-1)?.round.id ?? null;
  const place = useSyncExternalStore(shownBoardPlace.subscribe, shownBoardPlace.get);
  const here = presentation?.view === view;
  const present = () =>
    command.send({ type: 'present.show', view, place: view === 'board' ? place : null, roundId: view === 'vote' ? latestRound : null });
  return (
    <div className="present-control">
      <button type="button" className="button button--small" disabled={command.busy} onClick={present} data-testid="present-here">
        {here ? 'Bring everyone here again' : 'Bring everyone here'}
      </button>
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </div>
  );
}
