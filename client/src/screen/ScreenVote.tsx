import type { PublicVoteRound } from '@washup/shared/voting';
import { RoundResults } from '../voting/RoundResults';
import { useVotes } from '../voting/useVotes';

function RoundOnScreen({ entry }: { entry: PublicVoteRound }) {
  const { round, tally, voterCount } = entry;
  if (tally) return <RoundResults round={round} tally={tally} idPrefix="screen" />;
  return (
    <p className="screen__message" data-testid="screen-vote-status">
      {round.status === 'open' ? `Voting is open: ${voterCount} ${voterCount === 1 ? 'person has' : 'people have'} voted` : 'Voting is closed: the results come next'}
    </p>
  );
}

/** The vote round the Lead Reviewer presents (the latest when none is named): its results once revealed. */
export function ScreenVote({ roundId }: { roundId: string | null }) {
  const { rounds } = useVotes();
  const entry = (roundId ? rounds.find((candidate) => candidate.round.id === roundId) : undefined) ?? rounds.at(-1);
  // With several rounds the room needs to know which one this is (the Lead can show an earlier one).
  const number = entry && rounds.length > 1 ? rounds.indexOf(entry) + 1 : null;
  return (
    <section className="screen__section" aria-labelledby="screen-vote-title">
      <h2 id="screen-vote-title" className="screen__title">
        Dot vote results{number ? ` · vote ${number} of ${rounds.length}` : ''}
      </h2>
      {entry ? <RoundOnScreen entry={entry} /> : <p className="screen__message">No vote yet.</p>}
    </section>
  );
}
