import { maxPstbSelection, type Idea, type PstbState } from '@washup/shared';
import { useSessionCommand } from '../facilitation/useSessionCommand';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { IdeaChoice } from './IdeaChoice';
import { PstbIdeaForm } from './PstbIdeaForm';

/**
 * The team's ideas. During generation team members add their own (the owner only listens); at
 * selection the owner alone ticks up to three to take forward.
 */
export function PstbIdeas({ pstb, ideas }: { pstb: PstbState; ideas: readonly Idea[] }) {
  const { identity, canEdit } = useBoardConnection();
  const command = useSessionCommand();
  const isOwner = identity.participantId === pstb.owner.id;
  const canAdd = pstb.phase === 'ideas' && canEdit && !isOwner;
  const canChoose = pstb.phase === 'selection' && isOwner;
  const chosen = pstb.selectedIdeaIds.length;

  return (
    <section className="session-panel pstb-ideas" aria-labelledby="pstb-ideas-title">
      <h3 id="pstb-ideas-title">
        Ideas <span className="count-badge">{ideas.length}</span>
      </h3>
      {canAdd ? <PstbIdeaForm pstb={pstb} /> : null}
      {canChoose ? (
        <p className="pstb-ideas__instruction">
          Choose up to {maxPstbSelection} ideas to take forward. {chosen > 0 ? `${chosen} chosen.` : ''}
        </p>
      ) : null}
      {ideas.length === 0 ? <p className="muted">{pstb.phase === 'contracting' || pstb.phase === 'problem' ? 'Ideas come after the problem statement.' : 'Ideas the team adds appear here for everyone.'}</p> : null}
      <ul className="session-list">
        {ideas.map((idea) => {
          const selected = pstb.selectedIdeaIds.includes(idea.id);
          return (
            <li key={idea.id} className={`pstb-idea${selected ? ' pstb-idea--chosen' : ''}`} data-testid="pstb-idea">
              <span className="pstb-idea__text">{idea.text}</span>
              <span className="muted pstb-idea__who">{idea.authorName}</span>
              {pstb.shortlistIdeaIds.includes(idea.id) ? <span className="pstb-badge">Shortlisted</span> : null}
              {canChoose ? <IdeaChoice pstb={pstb} ideaId={idea.id} ideaText={idea.text} command={command} /> : selected ? <span className="pstb-badge pstb-badge--chosen">Chosen</span> : null}
            </li>
          );
        })}
      </ul>
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </section>
  );
}
