import type { Idea, IdeaNote } from '@washup/shared/board';
import type { PstbState } from '@washup/shared/pstb';
import { inIdOrder } from '@washup/shared/session';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ChosenIdeaCard } from './ChosenIdeaCard';

interface PstbChosenIdeasProps {
  pstb: PstbState;
  ideas: readonly Idea[];
  notes: readonly IdeaNote[];
}

/** The presenter's choice, in the order chosen, each weighed by the team and open to a critical concern. */
export function PstbChosenIdeas({ pstb, ideas, notes }: PstbChosenIdeasProps) {
  const { canEdit } = useBoardConnection();
  const chosen = inIdOrder(ideas, pstb.selectedIdeaIds);
  return (
    <section className="session-panel pstb-chosen-ideas" aria-labelledby="pstb-chosen-title">
      <h3 id="pstb-chosen-title">
        {pstb.presenter.name}'s choice <span className="count-badge">{chosen.length}</span>
      </h3>
      {pstb.phase === 'concerns' && !canEdit ? <p className="muted">Say a critical concern aloud; a member of the team notes it here.</p> : null}
      <ul className="pstb-chosen-list">
        {chosen.map((idea) => (
          <ChosenIdeaCard key={idea.id} pstb={pstb} idea={idea} notes={notes.filter((note) => note.ideaId === idea.id)} />
        ))}
      </ul>
    </section>
  );
}
