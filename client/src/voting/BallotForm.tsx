import { useEffect, useState, type FormEvent } from 'react';
import { laneIds, type BallotAllocations, type LaneId, type VoteRound } from '@washup/shared';
import { castBallot, fetchOwnBallot } from '../api/votes';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardMeta } from '../sync/useBoardMeta';
import { ErrorAlert } from '../ui/ErrorAlert';
import { DotCounter } from './DotCounter';
import { laneLabel } from './laneLabel';
import { useAction } from './useAction';

interface Props {
  round: VoteRound;
  /** Set when the Lead Reviewer votes for someone in the room without a device. */
  onBehalfOf?: string;
}

const spent = (allocations: Record<string, number> | undefined) => Object.values(allocations ?? {}).reduce((sum, n) => sum + n, 0);

/**
 * A whole ballot: dots per option in each lane, within the budget and the cap; sending it again
 * replaces the last one. Only this person's own dots are ever on this device.
 */
export function BallotForm({ round, onBehalfOf }: Props) {
  const { boardId, identity } = useBoardConnection();
  const meta = useBoardMeta();
  const [allocations, setAllocations] = useState<BallotAllocations>({});
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    if (onBehalfOf !== undefined) return;
    let current = true;
    fetchOwnBallot(boardId, identity.token, round.id).then(
      (own) => {
        if (!current || !own.ballot) return;
        setAllocations(own.ballot.allocations);
        setSaved(true);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [boardId, identity.token, round.id, onBehalfOf]);

  const setCount = (lane: LaneId, optionId: string, count: number) => {
    setSaved(false);
    setAllocations((current) => ({ ...current, [lane]: { ...current[lane], [optionId]: count } }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.run(async () => {
      await castBallot(boardId, identity.token, round.id, allocations, onBehalfOf);
      setSaved(true);
    });
  };

  return (
    <form className="ballot" onSubmit={submit} aria-label={onBehalfOf ? `Ballot for ${onBehalfOf}` : 'Your ballot'}>
      {laneIds.map((lane) => {
        const spec = round.lanes[lane];
        if (!spec) return null;
        const left = spec.budget - spent(allocations[lane]);
        return (
          <section key={lane} className="ballot__lane" aria-labelledby={`ballot-${lane}`}>
            <header className="ballot__lane-head">
              <h3 id={`ballot-${lane}`}>{laneLabel(meta, lane)}</h3>
              <p className="ballot__left" aria-live="polite">
                {left} of {spec.budget} {spec.budget === 1 ? 'dot' : 'dots'} left · at most {spec.capPerOption} on one
              </p>
            </header>
            <ul className="ballot__options">
              {spec.options.map((option) => {
                const count = allocations[lane]?.[option.id] ?? 0;
                return (
                  <li key={option.id} className="list-row ballot__option">
                    <span className="ballot__label">
                      {option.label}
                      {option.kind === 'card' ? <span className="ballot__kind"> · card</span> : null}
                    </span>
                    <DotCounter label={option.label} count={count} canAdd={left > 0 && count < spec.capPerOption} onChange={(next) => setCount(lane, option.id, next)} />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {action.error ? <ErrorAlert>{action.error}</ErrorAlert> : null}
      <div className="ballot__actions">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {action.busy ? 'Sending…' : onBehalfOf ? `Cast for ${onBehalfOf}` : saved ? 'Send again' : 'Cast my votes'}
        </button>
        {saved ? (
          <p className="ballot__saved" role="status">
            {onBehalfOf ? `Cast for ${onBehalfOf}.` : 'Your votes are in. You can change them until the vote closes.'}
          </p>
        ) : null}
      </div>
    </form>
  );
}
