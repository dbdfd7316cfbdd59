import { expectedVoters, hasVotes, type Ballot, type PublicVoteRound } from '@washup/shared/voting';
import { usePresence } from '../presence/usePresence';
import { plural } from './roundWording';

interface Props {
  entry: PublicVoteRound;
  /** Proxies this person cast (the Lead Reviewer's), so they count among the expected voters. */
  proxies: readonly Ballot[];
  /** Only the Lead Reviewer sees "of M": others don't know the proxies, so their M would be wrong. */
  showExpected: boolean;
}

/** "N of M have voted", live while the round is open: a count only, never who. */
export function Turnout({ entry, proxies, showExpected }: Props) {
  const present = usePresence();
  const { voterCount, round } = entry;
  if (round.status !== 'open' || !showExpected) {
    const verb = round.status === 'open' ? (voterCount === 1 ? 'has voted' : 'have voted') : 'voted';
    return (
      <p className="turnout" role="status">
        <span className="turnout__text">
          {plural(voterCount, 'person', 'people')} {verb}
        </span>
      </p>
    );
  }
  const people = present.map(({ user }) => ({ participantId: user.participantId, role: user.role }));
  const expected = expectedVoters(people, round.config.eligibleRoles, proxies.filter(hasVotes).length, voterCount);
  return (
    <div className="turnout" role="status">
      <p className="turnout__text">
        <strong>{voterCount}</strong> of {expected} {voterCount === 1 && expected === 1 ? 'has' : 'have'} voted
      </p>
      <span className="turnout__bar" aria-hidden="true">
        <span style={{ width: `${expected === 0 ? 0 : (voterCount / expected) * 100}%` }} />
      </span>
    </div>
  );
}
