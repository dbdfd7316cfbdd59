import { useSyncExternalStore } from 'react';
import { presentationEntry, votesEntry } from '@washup/shared/relayDoc';
import type { BoardViewId } from '@washup/shared/room';
import { shownBoardPlace } from '../board/focusRequest';
import { useCommand } from '../commands/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useRelayDocValue } from '../sync/useRelayDocValue';

/** An earlier vote round to present instead of the latest, with the number the room knows it by. */
export interface PresentedRound {
  id: string;
  number: number;
}

/**
 * The Lead Reviewer's "Bring everyone here": every device that follows, and the screen link, show
 * this view (on the board, the overview, heading, theme or search the Lead's board shows; on the
 * vote, the latest round, or the earlier `round` given).
 */
export function PresentButton({ view, round }: { view: BoardViewId; round?: PresentedRound }) {
  const command = useCommand();
  const presentation = useRelayDocValue(presentationEntry);
  const latestRound = useRelayDocValue(votesEntry)?.rounds.at(-1)?.round.id ?? null;
  const place = useSyncExternalStore(shownBoardPlace.subscribe, shownBoardPlace.get);
  const roundId = view === 'vote' ? (round?.id ?? latestRound) : null;
  const here = presentation?.view === view && (round === undefined || presentation.roundId === round.id);
  const present = () => command.send({ type: 'present.show', view, place: view === 'board' ? place : null, roundId });
  const text = round ? `Bring everyone to vote ${round.number}` : 'Bring everyone here';
  return (
    <div className="present-control">
      <button type="button" className="button button--small" disabled={command.busy} onClick={present} data-testid={round ? undefined : 'present-here'}>
        {here ? `${text} again` : text}
      </button>
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </div>
  );
}
