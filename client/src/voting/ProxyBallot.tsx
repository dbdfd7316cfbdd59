import { useState } from 'react';
import type { VoteRound } from '@washup/shared';
import { BallotForm } from './BallotForm';

/** For hybrid rooms: the Lead Reviewer casts a ballot for a named person who has no device. */
export function ProxyBallot({ round }: { round: VoteRound }) {
  const [name, setName] = useState('');
  const [confirmed, setConfirmed] = useState<string | null>(null);
  return (
    <details className="card proxy-ballot">
      <summary>Vote for someone in the room without a device</summary>
      <div className="proxy-ballot__name">
        <label className="field">
          <span className="field__label">Their name</span>
          <input className="input" value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="button" className="button button--secondary" disabled={!name.trim()} onClick={() => setConfirmed(name.trim())}>
          Start their ballot
        </button>
      </div>
      {confirmed ? <BallotForm key={confirmed} round={round} onBehalfOf={confirmed} /> : null}
    </details>
  );
}
