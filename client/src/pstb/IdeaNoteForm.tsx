import type { IdeaNoteKind } from '@washup/shared/board';
import type { PstbState } from '@washup/shared/pstb';
import { addIdeaNote } from '@washup/shared/session';
import { useId, useState, type FormEvent } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useBoardWrite } from '../sync/useBoardWrite';
import { noteKindChoices, noteKindSingular } from './noteKinds';

interface IdeaNoteFormProps {
  pstb: PstbState;
  ideaId: string;
  ideaText: string;
  kinds: readonly IdeaNoteKind[];
}

/** A benefit, concern or critical concern about one chosen idea, in the writer's own name. */
export function IdeaNoteForm({ pstb, ideaId, ideaText, kinds }: IdeaNoteFormProps) {
  const { identity, clock } = useBoardConnection();
  const [kind, setKind] = useState<IdeaNoteKind>(kinds[0] ?? 'benefit');
  const [text, setText] = useState('');
  const { write, error } = useBoardWrite('Write the note in up to 1,000 characters before adding it.');
  const name = useId();
  const current = kinds.includes(kind) ? kind : (kinds[0] ?? 'benefit');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const added = write((board) => addIdeaNote(board, { sessionId: pstb.sessionId, ideaId, kind: current, text, authorId: identity.participantId, authorName: identity.name, createdAt: clock.now() }));
    if (added) setText('');
  };

  return (
    <form className="session-form pstb-inline-form" onSubmit={submit} aria-label={`Add a note on ${ideaText}`}>
      {kinds.length > 1 ? (
        <fieldset className="segmented segmented--compact pstb-note-kind">
          <legend className="segmented__legend">Kind of note</legend>
          <div className="segmented__options">
            {kinds.map((option) => (
              <label key={option} className="segmented__option">
                <input type="radio" name={name} checked={current === option} onChange={() => setKind(option)} />
                <span className="segmented__face">{noteKindChoices[option]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <label className="field">
        <span className="field__label">Your {noteKindSingular[current]}</span>
        <input className="input" maxLength={1000} value={text} autoComplete="off" onChange={(event) => setText(event.target.value)} />
      </label>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <button type="submit" className="button button--secondary" disabled={text.trim() === ''}>
        Add the {noteKindSingular[current]}
      </button>
    </form>
  );
}
