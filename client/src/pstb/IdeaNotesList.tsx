import { ideaNoteKindSchema, type IdeaNote } from '@washup/shared/board';
import { noteKindLabels } from './noteKinds';

/** One idea's notes, a short list per kind; kinds nobody has written yet are left out. */
export function IdeaNotesList({ notes }: { notes: readonly IdeaNote[] }) {
  const kinds = ideaNoteKindSchema.options.filter((kind) => notes.some((note) => note.kind === kind));
  if (kinds.length === 0) return null;
  return (
    <div className="pstb-notes">
      {kinds.map((kind) => (
        <div key={kind} className={`pstb-notes__group pstb-notes__group--${kind}`}>
          <h5 className="pstb-notes__title">{noteKindLabels[kind]}</h5>
          <ul className="pstb-notes__list">
            {notes
              .filter((note) => note.kind === kind)
              .map((note) => (
                <li key={note.id} data-testid={`pstb-note-${kind}`}>
                  {note.text} <span className="muted">— {note.authorName}</span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
