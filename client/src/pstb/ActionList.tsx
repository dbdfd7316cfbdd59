import type { Action, Idea } from '@washup/shared/board';

/** The actions agreed, what first, then who, when and for which idea: a list reads on a phone where a four-column table would not. */
export function ActionList({ actions, ideas }: { actions: readonly Action[]; ideas: readonly Idea[] }) {
  if (actions.length === 0) return null;
  const ideaText = (id: string | undefined) => ideas.find((idea) => idea.id === id)?.text;
  return (
    <ul className="session-list pstb-action-list">
      {actions.map((action) => {
        const forIdea = ideaText(action.ideaId);
        return (
          <li key={action.id} data-testid="pstb-action">
            <p className="pstb-action-list__what">{action.what}</p>
            <dl className="pstb-action-list__facts">
              <div>
                <dt>Who</dt>
                <dd>{action.who || '—'}</dd>
              </div>
              <div>
                <dt>When</dt>
                <dd>{action.when || '—'}</dd>
              </div>
              {forIdea ? (
                <div>
                  <dt>For</dt>
                  <dd>{forIdea}</dd>
                </div>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
