import type { PstbState } from '@washup/shared/pstb';
import { useCommand } from '../commands/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';

/** The presenter's call after a critical concern: drop the idea, or take it back if that was a slip. */
export function EliminateToggle({ pstb, ideaId, ideaText }: { pstb: PstbState; ideaId: string; ideaText: string }) {
  const command = useCommand();
  const dropped = pstb.eliminatedIdeaIds.includes(ideaId);
  return (
    <div className="pstb-eliminate">
      <button
        type="button"
        className={`button button--small ${dropped ? 'button--secondary' : 'button--danger'}`}
        aria-label={`${dropped ? 'Reinstate' : 'Drop'}: ${ideaText}`}
        disabled={command.busy}
        onClick={() => command.send({ type: dropped ? 'pstb.reinstateIdea' : 'pstb.eliminateIdea', ideaId })}
      >
        {dropped ? 'Reinstate this idea' : 'Drop this idea'}
      </button>
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </div>
  );
}
