import { presentationEntry } from '@washup/shared/relayDoc';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { CurrentRound } from './CurrentRound';
import { OpenRoundForm } from './OpenRoundForm';
import { RoundHistory } from './RoundHistory';
import { useRelayDocValue } from '../sync/useRelayDocValue';
import { useVotes } from './useVotes';

/**
 * The Vote view. Voters see the open round's options and their own dots; the Lead Reviewer opens,
 * closes and reveals; everyone sees the same results once revealed. Nobody's choices but one's own
 * ever reach this device before the reveal.
 */
export function VotingView() {
  const { identity } = useBoardConnection();
  const { rounds } = useVotes();
  const presentation = useRelayDocValue(presentationEntry);
  const isLead = identity.role === 'facilitator';
  const numbered = rounds.map((entry, index) => ({ entry, number: index + 1 }));
  const latest = numbered.at(-1);
  const earlier = numbered.slice(0, -1).reverse();
  const voteOpen = latest?.entry.round.status === 'open';

  return (
    <div className="voting">
      {latest ? <CurrentRound key={latest.entry.round.id} entry={latest.entry} number={latest.number} /> : null}
      {!latest && !isLead ? <p className="empty-state">No vote yet. The Lead Reviewer opens one when the themes are ready.</p> : null}
      {isLead && !voteOpen ? <OpenRoundForm collapsed={latest !== undefined} /> : null}
      <RoundHistory rounds={earlier} voteOpen={voteOpen} presentation={presentation} />
    </div>
  );
}
