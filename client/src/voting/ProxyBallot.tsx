import { useState, type FormEvent } from 'react';
import { hasVotes, proxyVoterId, type VoteRound } from '@washup/shared/voting';
import { BallotForm } from './BallotForm';
import type { OwnBallotState } from './useOwnBallot';

/**
 * For hybrid rooms: the Lead Reviewer casts a ballot for a named person in the room who has no
 * device. The relay files it under the name, so casting for the same name again replaces it.
 */
export function ProxyBallot({ round, own }: { round: VoteRound; own: OwnBallotState }) {
  const [name, setName] = useState('');
  const [voter, setVoter] = useState<string | null>(null);
  const cast = own.proxies.filter(hasVotes);
  const existing = voter ? own.proxies.find((ballot) => ballot.voterId === proxyVoterId(voter)) : undefined;

  const start = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (!trimmed) return;
    setVoter(trimmed);
    setName('');
  };

  return (
    <details className="card proxy-ballot" open={voter !== null || undefined}>
      <summary className="proxy-ballot__summary">
        Vote for someone in the room without a device
        {cast.length > 0 ? <span className="proxy-ballot__count"> · {cast.length} cast</span> : null}
      </summary>
      <p className="muted">Their ballot is marked as proxied and cast by you. Anyone who has joined the board votes on their own device.</p>
      {cast.length > 0 ? (
        <ul className="proxy-ballot__list" aria-label="Ballots you cast for others">
          {cast.map((ballot) => (
            <li key={ballot.voterId} className="proxy-ballot__item">
              <span>
                {ballot.voterName} <span className="vote-badge">proxied</span>
              </span>
              <button type="button" className="button button--ghost button--small" onClick={() => setVoter(ballot.voterName)}>
                Change {ballot.voterName}'s ballot
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="proxy-ballot__name" onSubmit={start}>
        <label className="field">
          <span className="field__label">Their name</span>
          <input className="input" value={name} maxLength={80} autoComplete="off" onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="submit" className="button button--secondary" disabled={!name.trim()}>
          Start their ballot
        </button>
      </form>
      {voter ? (
        <div className="proxy-ballot__form">
          <h3 className="proxy-ballot__title">Ballot for {voter}</h3>
          <BallotForm
            key={voter.toLowerCase()}
            round={round}
            initial={existing?.allocations ?? {}}
            initiallySent={existing !== undefined}
            onBehalfOf={voter}
            onCast={own.reload}
          />
        </div>
      ) : null}
    </details>
  );
}
