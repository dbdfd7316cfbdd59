import type { PstbState } from '@washup/shared/pstb';
import { useCommand } from '../commands/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';
import { pstbAdvanceLabel } from './pstbWording';

/**
 * The Lead Reviewer's "next". It names the step it ends, so a second click after the step has
 * already moved on (by time or by another click) is refused instead of skipping a step.
 */
export function PstbAdvanceButton({ pstb }: { pstb: PstbState }) {
  const command = useCommand();
  const label = pstbAdvanceLabel(pstb.phase);
  if (!label) return null;
  const waitingForChoice = pstb.phase === 'selection' && pstb.selectedIdeaIds.length === 0;
  return (
    <div className="pstb-advance">
      <button type="button" className="button button--primary button--large" disabled={command.busy || waitingForChoice} onClick={() => command.send({ type: 'pstb.advance', from: pstb.phase })}>
        {label}
      </button>
      {waitingForChoice ? <p className="muted">{pstb.presenter.name} chooses at least one idea first.</p> : null}
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </div>
  );
}
