import { useCallback, useState, type FormEvent } from 'react';
import { roleLabels } from '@washup/shared/auth';
import { boardView, type BoardDoc } from '@washup/shared/board';
import { laneIds, type LaneId } from '@washup/shared/templates';
import { defaultCapPerOption, maxExplicitVotes, previewRound, voteCandidates, type VoteRoundConfigInput, type VotingRole } from '@washup/shared/voting';
import { useBoardMeta } from '../sync/useBoardMeta';
import { useBoardValue } from '../sync/useBoardValue';
import { useHeadings } from '../sync/useHeadings';
import { ErrorAlert } from '../ui/ErrorAlert';
import { BudgetPreview } from './BudgetPreview';
import { laneLabel } from './laneLabel';
import { useCommand } from '../commands/useCommand';

const readCandidates = (board: BoardDoc) => voteCandidates(boardView(board));

const roleChoices: ReadonlyArray<{ role: VotingRole; label: string }> = [
  { role: 'reviewer', label: 'Peer reviewers' },
  { role: 'facilitator', label: `You (${roleLabels.facilitator})` },
  { role: 'host', label: roleLabels.host },
];

/** A whole number in range, or undefined for "automatic" (an empty or unusable field). */
function wholeNumber(text: string): number | undefined {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= maxExplicitVotes ? value : undefined;
}

/**
 * The Lead Reviewer's settings for a new round. The preview uses the same rules as the relay, which
 * freezes the options when the round opens.
 */
export function OpenRoundForm({ collapsed }: { collapsed: boolean }) {
  const meta = useBoardMeta();
  const headings = useHeadings();
  const candidates = useBoardValue(useCallback(readCandidates, []));
  const [scope, setScope] = useState('board');
  const [lanes, setLanes] = useState<LaneId[]>([...laneIds]);
  const [includeCards, setIncludeCards] = useState(false);
  const [budgetText, setBudgetText] = useState('');
  const [capText, setCapText] = useState(String(defaultCapPerOption));
  const [roles, setRoles] = useState<VotingRole[]>(['facilitator', 'reviewer']);
  const action = useCommand();

  const budget = wholeNumber(budgetText);
  const capPerOption = wholeNumber(capText);
  const config: VoteRoundConfigInput = {
    scope: scope === 'board' || !headings.some((heading) => heading.id === scope) ? { kind: 'board' } : { kind: 'heading', headingId: scope },
    lanes,
    includeUnthemedCards: includeCards,
    eligibleRoles: roles,
    ...(budget === undefined ? {} : { budget }),
    ...(capPerOption === undefined ? {} : { capPerOption }),
  };
  const preview = previewRound(candidates, config);
  const nothingToVoteOn = Object.values(preview).some((lane) => lane.optionCount === 0);
  const budgetInvalid = budgetText.trim() !== '' && budget === undefined;
  const capInvalid = capText.trim() !== '' && capPerOption === undefined;

  const toggle = <T,>(list: readonly T[], value: T, order: readonly T[]): T[] =>
    list.includes(value) ? list.filter((item) => item !== value) : order.filter((item) => item === value || list.includes(item));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.send({ type: 'vote.open', config });
  };

  const form = (
    <form className="vote-open" onSubmit={submit} aria-label="Open a dot vote">
      <p className="muted">Options are the themes as they stand now; they stay fixed while the vote is open. Ballots stay secret until you reveal them.</p>
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
        <fieldset className="field vote-open__set">
          <legend className="field__label">Ballots</legend>
          <span className="field__hint">Each is a separate ballot with its own dots.</span>
          {laneIds.map((lane) => (
            <label key={lane} className="check">
              <input type="checkbox" checked={lanes.includes(lane)} onChange={() => setLanes((list) => toggle(list, lane, laneIds))} /> {laneLabel(meta, lane)}
            </label>
          ))}
          <label className="check">
            <input type="checkbox" checked={includeCards} onChange={(event) => setIncludeCards(event.target.checked)} /> Include loose cards not in a theme
          </label>
        </fieldset>
        <fieldset className="field vote-open__set">
          <legend className="field__label">Who votes</legend>
          <span className="field__hint">Observers only watch.</span>
          {roleChoices.map(({ role, label }) => (
            <label key={role} className="check">
              <input type="checkbox" checked={roles.includes(role)} onChange={() => setRoles((list) => toggle(list, role, roleChoices.map((c) => c.role)))} /> {label}
            </label>
          ))}
        </fieldset>
        <div className="vote-open__numbers">
          <label className="field">
            <span className="field__label">Dots per person, per ballot</span>
            <input
              className="input"
              type="number"
              inputMode="numeric"
              min={1}
              max={maxExplicitVotes}
              placeholder="Automatic"
              aria-invalid={budgetInvalid || undefined}
              aria-describedby="vote-open-budget-hint"
              value={budgetText}
              onChange={(event) => setBudgetText(event.target.value)}
            />
            <span id="vote-open-budget-hint" className="field__hint">
              Empty: about a third of the options
            </span>
          </label>
          <label className="field">
            <span className="field__label">Most dots on one option</span>
            <input
              className="input"
              type="number"
              inputMode="numeric"
              min={1}
              max={maxExplicitVotes}
              aria-invalid={capInvalid || undefined}
              value={capText}
              onChange={(event) => setCapText(event.target.value)}
            />
          </label>
        </div>
      </div>
      <BudgetPreview preview={preview} meta={meta} automatic={budget === undefined} />
      {action.error ? <ErrorAlert title="The vote did not open">{action.error}</ErrorAlert> : null}
      <button
        type="submit"
        className="button button--primary button--large"
        disabled={action.busy || lanes.length === 0 || roles.length === 0 || nothingToVoteOn || budgetInvalid || capInvalid}
      >
        {action.busy ? 'Opening…' : 'Open the vote'}
      </button>
    </form>
  );

  // After a round, results are what the room looks at; a new round is one click away, not in the way.
  if (collapsed) {
    return (
      <details className="card vote-open-card">
        <summary className="vote-open-card__summary">Open a new vote</summary>
        {form}
      </details>
    );
  }
  return (
    <section className="card vote-open-card" aria-labelledby="vote-open-title">
      <h2 id="vote-open-title" className="card__title">
        Open a dot vote
      </h2>
      {form}
    </section>
  );
}
