import type { BoardDoc } from '@washup/shared/board';
import type { CouncilState } from '@washup/shared/council';
import { sessionIdeas } from '@washup/shared/session';
import { useCallback } from 'react';
import { useCommand } from '../commands/useCommand';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { ErrorAlert } from '../ui/ErrorAlert';
import { IdeaCaptureForm } from './IdeaCaptureForm';

const capturePhases = ['round', 'freshThinking', 'selection'];

/**
 * The ideas offered, by round and speaker. The scribe (or the speaker, or the Lead Reviewer)
 * notes them during the turns; at selection the presenter alone marks those to pursue.
 */
export function CouncilIdeas({ council }: { council: CouncilState }) {
  const { identity, canEdit } = useBoardConnection();
  const ideas = useBoardValue(useCallback((board: BoardDoc) => sessionIdeas(board, council.sessionId), [council.sessionId]));
  const command = useCommand();
  const isPresenter = identity.participantId === council.presenter.id;
  const canSelect = council.phase === 'selection' && (isPresenter || identity.role === 'facilitator');
  const isNoteTaker =
    identity.role === 'facilitator' || identity.participantId === council.scribe?.id || identity.participantId === council.current?.participantId || council.scribe === null;
  const rounds = [...new Set(ideas.map((idea) => idea.round))].sort((a, b) => a - b);

  return (
    <section className="session-panel" aria-labelledby="council-ideas-title">
      <h3 id="council-ideas-title">
        Ideas <span className="count-badge">{ideas.length}</span>
      </h3>
      {council.selectedIdeaIds.length > 0 ? (
        <p className="council-chosen" data-testid="council-chosen">
          {council.presenter.name} chose {council.selectedIdeaIds.length} to pursue.
        </p>
      ) : null}
      {canEdit && isNoteTaker && capturePhases.includes(council.phase) ? <IdeaCaptureForm council={council} /> : null}
      {ideas.length === 0 ? <p className="muted">Ideas noted during the turns appear here for everyone.</p> : null}
      {rounds.map((round) => (
        <div key={round} className="council-ideas__round">
          <h4>Round {round}</h4>
          <ul className="session-list">
            {ideas
              .filter((idea) => idea.round === round)
              .map((idea) => {
                const chosen = council.selectedIdeaIds.includes(idea.id);
                return (
                  <li key={idea.id} className={chosen ? 'council-idea council-idea--chosen' : 'council-idea'} data-testid="council-idea">
                    <span className="council-idea__text">{idea.text}</span>
                    <span className="muted council-idea__who">{idea.authorName}</span>
                    {canSelect ? (
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={chosen}
                          disabled={command.busy}
                          onChange={(event) => command.send({ type: event.target.checked ? 'council.selectIdea' : 'council.unselectIdea', ideaId: idea.id })}
                        />
                        Pursue
                      </label>
                    ) : chosen ? (
                      <span className="council-idea__badge">Chosen</span>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </section>
  );
}
