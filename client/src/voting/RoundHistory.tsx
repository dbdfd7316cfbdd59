import { useEffect, useRef } from 'react';
import type { Presentation } from '@washup/shared/room';
import type { PublicVoteRound } from '@washup/shared/voting';
import { PresentButton } from '../follow/PresentButton';
import { useFollowSetting } from '../follow/useFollowSetting';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardMeta } from '../sync/useBoardMeta';
import { useHeadings } from '../sync/useHeadings';
import { RoundControls } from './RoundControls';
import { RoundResults } from './RoundResults';
import { clockTime, plural, roundSummary } from './roundWording';

interface Numbered {
  entry: PublicVoteRound;
  number: number;
}

/**
 * Opens and scrolls to the earlier round the Lead Reviewer presents, once per presentation, on a
 * device that follows the Lead (the Lead's own device stays where it is).
 */
function usePresentedRound(presentation: Presentation | undefined): (roundId: string) => (element: HTMLDetailsElement | null) => void {
  const { identity } = useBoardConnection();
  const [following] = useFollowSetting();
  const items = useRef(new Map<string, HTMLDetailsElement>());
  const follows = following && identity.role !== 'facilitator';
  const roundId = presentation?.view === 'vote' ? presentation.roundId : null;
  useEffect(() => {
    const item = roundId && follows ? items.current.get(roundId) : undefined;
    if (!item) return;
    item.open = true;
    item.scrollIntoView({ block: 'start' });
  }, [roundId, follows, presentation?.serial]);
  return (id) => (element) => {
    if (element) items.current.set(id, element);
    else items.current.delete(id);
  };
}

/** Earlier rounds, newest first, each folded away: the room compares a re-run with the first try. */
export function RoundHistory({ rounds, voteOpen, presentation }: { rounds: readonly Numbered[]; voteOpen: boolean; presentation: Presentation | undefined }) {
  const { identity } = useBoardConnection();
  const meta = useBoardMeta();
  const headings = useHeadings();
  const itemRef = usePresentedRound(presentation);
  if (rounds.length === 0) return null;
  const byId = new Map(rounds.map(({ entry, number }) => [entry.round.id, number]));
  const presented = (roundId: string) => presentation?.view === 'vote' && presentation.roundId === roundId;
  return (
    <section className="vote-history" aria-labelledby="vote-history-title">
      <h2 id="vote-history-title" className="section-title">
        Earlier votes
      </h2>
      {rounds.map(({ entry, number }) => {
        const { round, tally, voterCount } = entry;
        const rerunOf = round.rerunOf ? byId.get(round.rerunOf) : undefined;
        return (
          <details key={round.id} ref={itemRef(round.id)} className="card vote-history__item" data-presented={presented(round.id) || undefined}>
            <summary className="vote-history__summary">
              <span className="vote-history__name">
                Vote {number}
                {rerunOf ? ` (re-run of vote ${rerunOf})` : ''}
              </span>
              {presented(round.id) ? <span className="vote-history__presented">Shown to everyone</span> : null}
              <span className="vote-history__facts">
                {roundSummary(round, headings, meta)} · opened {clockTime(round.openedAt)} · {plural(voterCount, 'voter', 'voters')} ·{' '}
                {round.status === 'revealed' ? 'revealed' : 'not revealed'}
              </span>
            </summary>
            {identity.role === 'facilitator' && (round.status === 'closed' || !voteOpen) ? <RoundControls entry={entry} canRerun={!voteOpen} /> : null}
            {identity.role === 'facilitator' && tally ? <PresentButton view="vote" round={{ id: round.id, number }} /> : null}
            {tally ? <RoundResults round={round} tally={tally} idPrefix={`history-${number}`} /> : <p className="muted">The results of this vote were not revealed.</p>}
          </details>
        );
      })}
    </section>
  );
}
