import type { Idea } from '@washup/shared/board';
import { maxPstbSelection, pstbShortlistPhases, pstbShortlistSize, pstbShortlistTickLock, type PstbState } from '@washup/shared/pstb';
import { useCommand } from '../commands/useCommand';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PstbIdeaForm } from './PstbIdeaForm';
import { PstbIdeaRow } from './PstbIdeaRow';
import { ShortlistControls } from './ShortlistControls';
import { ShortlistStatus } from './ShortlistStatus';
import { useShortlistDraft } from './useShortlistDraft';

/**
 * The team's ideas. During generation team members add their own (the presenter only listens); the
 * Lead Reviewer may record the team's shortlist vote; at selection the presenter alone ticks up to
 * three to take forward, from the shortlist when there is one.
 */
export function PstbIdeas({ pstb, ideas }: { pstb: PstbState; ideas: readonly Idea[] }) {
  const { identity, canEdit } = useBoardConnection();
  const command = useCommand();
  const draft = useShortlistDraft(pstb);
  const isPresenter = identity.participantId === pstb.presenter.id;
  const canAdd = pstb.phase === 'ideas' && canEdit && !isPresenter;
  const canChoose = pstb.phase === 'selection' && isPresenter;
  const hasShortlist = pstb.shortlistIdeaIds.length > 0;
  // A shortlist narrows the list, so it is offered once there are more ideas than the smallest one holds.
  const canShortlist = identity.role === 'facilitator' && pstbShortlistPhases.includes(pstb.phase) && (hasShortlist || ideas.length > pstbShortlistSize.min);
  const ticked = canShortlist ? draft.ticked : null;
  const firstOpenTick = ticked ? ideas.find((idea) => pstbShortlistTickLock(pstb, ticked, idea.id) === null)?.id : undefined;
  const chosen = pstb.selectedIdeaIds.length;

  return (
    <section className="session-panel pstb-ideas" aria-labelledby="pstb-ideas-title">
      <h3 id="pstb-ideas-title">
        Ideas <span className="count-badge">{ideas.length}</span>
      </h3>
      {canAdd ? <PstbIdeaForm pstb={pstb} /> : null}
      <ShortlistStatus pstb={pstb} isPresenter={isPresenter} />
      {canChoose ? (
        <p className="pstb-ideas__instruction">
          Choose up to {maxPstbSelection} {hasShortlist ? 'of the shortlisted ideas' : 'ideas'} to take forward. {chosen > 0 ? `${chosen} chosen.` : ''}
        </p>
      ) : null}
      {ideas.length === 0 ? <p className="muted">{pstb.phase === 'contracting' || pstb.phase === 'problem' ? 'Ideas come after the problem statement.' : 'Ideas the team adds appear here for everyone.'}</p> : null}
      <ul className="session-list">
        {ideas.map((idea) => (
          <PstbIdeaRow
            key={idea.id}
            pstb={pstb}
            idea={idea}
            choice={canChoose ? command : null}
            ticked={ticked}
            onTick={draft.tick}
            autoFocusTick={idea.id === firstOpenTick}
          />
        ))}
      </ul>
      {canShortlist ? <ShortlistControls pstb={pstb} draft={draft} /> : null}
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </section>
  );
}
