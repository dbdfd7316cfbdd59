import { pstbIdeasGoingForward, type PstbState } from '@washup/shared/pstb';
import { inIdOrder } from '@washup/shared/session';
import { ActionList } from './ActionList';
import { IdeaNotesList } from './IdeaNotesList';
import type { PstbRecords } from './usePstbRecords';

/** What the session leaves the presenter with, on one screen: the problem, the ideas kept and dropped, and the actions. */
export function PstbSummary({ pstb, records }: { pstb: PstbState; records: PstbRecords }) {
  const { ideas, notes, actions } = records;
  const kept = inIdOrder(ideas, pstbIdeasGoingForward(pstb));
  const dropped = inIdOrder(ideas, pstb.eliminatedIdeaIds);
  return (
    <section className="session-panel pstb-summary" aria-labelledby="pstb-summary-title" data-testid="pstb-summary">
      <h3 id="pstb-summary-title">Summary</h3>
      <p className="pstb-summary__problem">
        <span className="muted">{pstb.presenter.name}'s problem</span> {pstb.problem || 'No problem statement was recorded.'}
      </p>
      <h4>Going forward</h4>
      {kept.length === 0 ? <p className="muted">No idea is going forward.</p> : null}
      <ol className="pstb-chosen-list">
        {kept.map((idea) => (
          <li key={idea.id} className="pstb-chosen" data-testid="pstb-selected">
            <p className="pstb-chosen__idea">
              <span className="pstb-chosen__text">{idea.text}</span>
            </p>
            <IdeaNotesList notes={notes.filter((note) => note.ideaId === idea.id)} />
          </li>
        ))}
      </ol>
      {dropped.length > 0 ? (
        <>
          <h4>Dropped after a critical concern</h4>
          <ul className="session-list pstb-dropped">
            {dropped.map((idea) => (
              <li key={idea.id} data-testid="pstb-dropped">
                <span className="pstb-dropped__idea">{idea.text}</span>
                {notes
                  .filter((note) => note.ideaId === idea.id && note.kind === 'critical')
                  .map((note) => (
                    <span key={note.id} className="pstb-dropped__why">
                      Critical concern: {note.text}
                    </span>
                  ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>Actions</h4>
      {actions.length === 0 ? <p className="muted">No actions were recorded.</p> : <ActionList actions={actions} ideas={ideas} />}
    </section>
  );
}
