import type { Idea, IdeaNote } from '@washup/shared/board';
import type { PstbState } from '@washup/shared/pstb';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { EliminateToggle } from './EliminateToggle';
import { IdeaNoteForm } from './IdeaNoteForm';
import { IdeaNotesList } from './IdeaNotesList';
import { noteKindsDuring } from './noteKinds';

interface ChosenIdeaCardProps {
  pstb: PstbState;
  idea: Idea;
  /** This idea's notes only. */
  notes: readonly IdeaNote[];
}

/** One idea the presenter took forward, with what the team said for and against it. */
export function ChosenIdeaCard({ pstb, idea, notes }: ChosenIdeaCardProps) {
  const { identity, canEdit } = useBoardConnection();
  const dropped = pstb.eliminatedIdeaIds.includes(idea.id);
  const kinds = noteKindsDuring(pstb.phase);
  const isPresenter = identity.participantId === pstb.presenter.id;
  return (
    <li className={`pstb-chosen${dropped ? ' pstb-chosen--dropped' : ''}`} data-testid="pstb-selected">
      <p className="pstb-chosen__idea">
        <span className="pstb-chosen__text">{idea.text}</span>
        {dropped ? <span className="pstb-badge pstb-badge--dropped">Dropped</span> : null}
      </p>
      <IdeaNotesList notes={notes} />
      {canEdit && kinds.length > 0 && !dropped ? <IdeaNoteForm pstb={pstb} ideaId={idea.id} ideaText={idea.text} kinds={kinds} /> : null}
      {isPresenter && pstb.phase === 'concerns' ? <EliminateToggle pstb={pstb} ideaId={idea.id} ideaText={idea.text} /> : null}
    </li>
  );
}
