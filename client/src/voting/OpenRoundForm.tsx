import { useState, type FormEvent } from 'react';
import { laneIds, type LaneId, type VoteRoundConfigInput, type VotingRole } from '@washup/shared';
import { sendVoteCommand } from '../api/votes';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardMeta } from '../sync/useBoardMeta';
import { useHeadings } from '../sync/useHeadings';
import { ErrorAlert } from '../ui/ErrorAlert';
import { laneLabel } from './laneLabel';
import { useAction } from './useAction';

/** The Lead Reviewer's settings for a new round; the relay freezes the options when it opens. */
export function OpenRoundForm() {
  const { boardId, identity } = useBoardConnection();
  const meta = useBoardMeta();
  const headings = useHeadings();
  const [scope, setScope] = useState('board');
  const [lanes, setLanes] = useState<LaneId[]>(['strengths', 'nextSteps']);
  const [includeCards, setIncludeCards] = useState(false);
  const [budget, setBudget] = useState('');
  const [cap, setCap] = useState('2');
  const [hostVotes, setHostVotes] = useState(false);
  const action = useAction();

  const toggleLane = (lane: LaneId) =>
    setLanes((current) => (current.includes(lane) ? current.filter((l) => l !== lane) : laneIds.filter((l) => l === lane || current.includes(l))));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const eligibleRoles: VotingRole[] = hostVotes ? ['facilitator', 'reviewer', 'host'] : ['facilitator', 'reviewer'];
    const config: VoteRoundConfigInput = {
      scope: scope === 'board' ? { kind: 'board' } : { kind: 'heading', headingId: scope },
      lanes,
      includeUnthemedCards: includeCards,
      eligibleRoles,
      ...(budget ? { budget: Number(budget) } : {}),
      ...(cap ? { capPerOption: Number(cap) } : {}),
    };
    action.run(() => sendVoteCommand(boardId, identity.token, { type: 'vote.open', config }));
  };

  return (
    <form className="card vote-open" onSubmit={submit} aria-labelledby="vote-open-title">
      <h2 id="vote-open-title" className="card__title">
        Open a dot vote
      </h2>
      <p className="muted">Options are the themes as they stand now; they stay fixed until you close the vote. Ballots stay secret until you reveal them.</p>
      {action.error ? <ErrorAlert>{action.error}</ErrorAlert> : null}
      <div className="vote-open__grid">
        <label className="field">
          <span className="field__label">What to vote on</span>
          <select className="input" value={scope} onChange={(event) => setScope(event.target.value)}>
            <option value="board">The whole board</option>
            {headings.map((heading) => (
              <option key={heading.id} value={heading.id}>
                {heading.title}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend className="field__label">Ballots</legend>
          {laneIds.map((lane) => (
            <label key={lane} className="check">
              <input type="checkbox" checked={lanes.includes(lane)} onChange={() => toggleLane(lane)} /> {laneLabel(meta, lane)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">Dots per person, per ballot</span>
          <span className="field__hint">Left empty: about a third of the options</span>
          <input className="input" type="number" min={1} max={10} placeholder="Automatic" value={budget} onChange={(event) => setBudget(event.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">Most dots on one option</span>
          <input className="input" type="number" min={1} max={10} value={cap} onChange={(event) => setCap(event.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={includeCards} onChange={(event) => setIncludeCards(event.target.checked)} /> Include loose cards that are not in a theme
        </label>
        <label className="check">
          <input type="checkbox" checked={hostVotes} onChange={(event) => setHostVotes(event.target.checked)} /> The host votes too
        </label>
      </div>
      <button type="submit" className="button button--primary" disabled={action.busy || lanes.length === 0}>
        {action.busy ? 'Opening…' : 'Open the vote'}
      </button>
    </form>
  );
}
