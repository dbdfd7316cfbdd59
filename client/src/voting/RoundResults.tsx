import { useCallback, type RefObject } from 'react';
import { boardView, type BoardDoc } from '@washup/shared/board';
import { laneIds } from '@washup/shared/templates';
import { evidenceByOption, votesVersusEvidence, type RevealedTally, type VoteRound } from '@washup/shared/voting';
import { useBoardMeta } from '../sync/useBoardMeta';
import { useBoardValue } from '../sync/useBoardValue';
import { EvidencePanel } from './EvidencePanel';
import { LaneResults } from './LaneResults';
import { laneLabel } from './laneLabel';
import type { Fullscreen } from './useFullscreen';
import { useHeadingTitles } from './useHeadingTitles';

const readEvidence = (board: BoardDoc) => evidenceByOption(boardView(board));

interface Props {
  round: VoteRound;
  tally: RevealedTally;
  /** Keeps ids apart when earlier rounds' results are on the same page. */
  idPrefix: string;
  /** For the round the room is looking at: the element shown full screen, and its state. */
  present?: { containerRef: RefObject<HTMLDivElement | null>; fullscreen: Fullscreen };
}

/**
 * Revealed tallies, ranked with bars, the same for everyone; then the votes set beside the evidence
 * on the board's current cards, since a theme may have gained evidence after the vote.
 */
export function RoundResults({ round, tally, idPrefix, present }: Props) {
  const meta = useBoardMeta();
  const headingTitles = useHeadingTitles();
  const evidence = useBoardValue(useCallback(readEvidence, []));
  const flags = votesVersusEvidence(tally, evidence);
  const fullscreen = present?.fullscreen.active ? present.fullscreen : null;
  const lanes = laneIds.filter((lane) => tally.lanes[lane]);
  const headingOf = round.config.scope.kind === 'board' ? (id: string) => headingTitles.get(id) : undefined;

  return (
    <div ref={present?.containerRef} className="results" data-fullscreen={fullscreen ? true : undefined}>
      {fullscreen ? (
        <header className="results__screen-head">
          <div>
            <p className="results__screen-board">{meta?.title}</p>
            <h2 className="results__screen-title">Dot vote results</h2>
          </div>
          <button type="button" className="button button--secondary button--small" onClick={fullscreen.toggle}>
            Leave full screen
          </button>
        </header>
      ) : null}
      <div className="results__lanes">
        {lanes.map((lane) => {
          const laneTally = tally.lanes[lane];
          return laneTally ? <LaneResults key={lane} id={`${idPrefix}-${lane}`} title={laneLabel(meta, lane)} tally={laneTally} headingOf={headingOf} /> : null;
        })}
      </div>
      {tally.proxiedVoterCount > 0 ? (
        <p className="results__note">
          {tally.proxiedVoterCount} of the {tally.voterCount} voters voted through the Lead Reviewer (proxied).
        </p>
      ) : null}
      <EvidencePanel flags={flags} meta={meta} showLane={lanes.length > 1} idPrefix={idPrefix} />
    </div>
  );
}
