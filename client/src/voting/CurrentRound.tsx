import { useRef } from 'react';
import type { PublicVoteRound } from '@washup/shared/voting';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardMeta } from '../sync/useBoardMeta';
import { useHeadings } from '../sync/useHeadings';
import { OwnBallot } from './OwnBallot';
import { ProxyBallot } from './ProxyBallot';
import { RoundControls } from './RoundControls';
import { RoundResults } from './RoundResults';
import { roundSummary } from './roundWording';
import { Turnout } from './Turnout';
import { useFullscreen } from './useFullscreen';
import { useOwnBallot } from './useOwnBallot';

const statusTitle: Record<PublicVoteRound['round']['status'], string> = {
  open: 'Voting is open',
  closed: 'Voting is closed',
  revealed: 'Results',
};

/** The latest round as this person may see it: their own ballot while it is open, the results once revealed. */
export function CurrentRound({ entry, number }: { entry: PublicVoteRound; number: number }) {
  const { identity } = useBoardConnection();
  const meta = useBoardMeta();
  const headings = useHeadings();
  const { round, tally } = entry;
  const isLead = identity.role === 'facilitator';
  const eligible = round.config.eligibleRoles.some((role) => role === identity.role);
  const open = round.status === 'open';
  // The relay answers only for this person's own ballot and proxies; nothing to ask once closed.
  const own = useOwnBallot(open && (eligible || isLead) ? round.id : null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(resultsRef);
  const canPresent = tally !== null && fullscreen.supported;

  return (
    <>
      <section className="card vote-round" data-status={round.status} aria-labelledby="vote-round-title">
        <header className="vote-round__head">
          <div>
            <p className="vote-round__eyebrow">
              Vote {number} · {roundSummary(round, headings, meta)}
            </p>
            <h2 id="vote-round-title" className="vote-round__title">
              {statusTitle[round.status]}
            </h2>
          </div>
          <Turnout entry={entry} proxies={own.proxies} showExpected={isLead} />
        </header>
        {isLead || canPresent ? (
          <div className="vote-round__actions">
            {isLead ? <RoundControls entry={entry} /> : null}
            {canPresent ? (
              <button type="button" className="button button--secondary vote-round__present" onClick={fullscreen.toggle}>
                Show full screen
              </button>
            ) : null}
          </div>
        ) : null}
        {open && eligible ? <OwnBallot round={round} own={own} /> : null}
        {open && !eligible ? (
          <p className="vote-round__note">
            A vote is running. {isLead ? 'You are not voting in this round.' : 'Your role watches this vote; the results appear here when they are revealed.'}
          </p>
        ) : null}
        {round.status === 'closed' ? (
          <p className="vote-round__note">
            {isLead ? 'No one can change their votes now. Reveal the results when the room is ready.' : 'Votes are in. Waiting for the Lead Reviewer to reveal the results.'}
          </p>
        ) : null}
        {round.closedBy?.kind === 'timebox' ? <p className="vote-round__note">Voting closed by itself when its timebox ran out.</p> : null}
        {tally ? <RoundResults round={round} tally={tally} idPrefix={`round-${number}`} present={{ containerRef: resultsRef, fullscreen }} /> : null}
      </section>
      {isLead && open ? <ProxyBallot round={round} own={own} /> : null}
    </>
  );
}
