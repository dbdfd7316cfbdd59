import type { Action, Idea } from '@washup/shared/board';
import { pstbIdeasGoingForward, type PstbState } from '@washup/shared/pstb';
import { inIdOrder } from '@washup/shared/session';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ActionForm } from './ActionForm';
import { ActionList } from './ActionList';

interface PstbActionsProps {
  pstb: PstbState;
  ideas: readonly Idea[];
  actions: readonly Action[];
}

/** Action planning: the team turns the ideas still going forward into who does what by when. */
export function PstbActions({ pstb, ideas, actions }: PstbActionsProps) {
  const { canEdit } = useBoardConnection();
  const goingForward = inIdOrder(ideas, pstbIdeasGoingForward(pstb));
  return (
    <section className="session-panel pstb-actions" aria-labelledby="pstb-actions-title">
      <h3 id="pstb-actions-title">
        Actions <span className="count-badge">{actions.length}</span>
      </h3>
      {canEdit && pstb.phase === 'actions' ? <ActionForm pstb={pstb} ideas={goingForward} /> : null}
      {actions.length === 0 ? <p className="muted">Actions the team agrees appear here.</p> : <ActionList actions={actions} ideas={ideas} />}
    </section>
  );
}
