import type { CouncilState } from '@washup/shared/council';
import { addIdea } from '@washup/shared/session';
import { useState, type FormEvent } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardWrite } from '../sync/useBoardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';

/**
 * Notes an idea against the round and the person who offered it: whoever was speaking when the
 * note-taker started typing, unless they pick someone else (an idea remembered a turn late).
 */
export function IdeaCaptureForm({ council }: { council: CouncilState }) {
  const connection = useBoardConnection();
  const [text, setText] = useState('');
  const [chosenSpeakerId, setChosenSpeakerId] = useState<string | null>(null);
  const { write, error } = useBoardWrite('Write the idea in up to 1,000 characters before adding it.');
  const speakerId = chosenSpeakerId ?? council.current?.participantId ?? council.participants[0]?.id ?? '';

  // An idea typed during someone's turn stays theirs when the turn ends before it is added.
  const changeText = (value: string) => {
    if (chosenSpeakerId === null && text === '' && council.current) setChosenSpeakerId(council.current.participantId);
    setText(value);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const speaker = council.participants.find((participant) => participant.id === speakerId);
    if (!speaker) return;
    const added = write((board) =>
      addIdea(board, {
        sessionId: council.sessionId,
        round: Math.max(1, council.round),
        authorId: speaker.id,
        authorName: speaker.name,
        text,
        capturedBy: connection.identity.participantId,
        capturedAt: connection.clock.now(),
      }),
    );
    if (!added) return;
    setText('');
    setChosenSpeakerId(null);
  };

  return (
    <form className="session-form" onSubmit={submit} aria-label="Note an idea">
      <label className="field">
        <span className="field__label">Idea</span>
        <textarea className="input" rows={2} maxLength={1000} value={text} onChange={(event) => changeText(event.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">Offered by</span>
        <select className="input" value={speakerId} onChange={(event) => setChosenSpeakerId(event.target.value)}>
          {council.participants.map((participant) => (
            <option key={participant.id} value={participant.id}>
              {participant.name}
            </option>
          ))}
        </select>
      </label>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <button type="submit" className="button button--secondary" disabled={text.trim() === ''}>
        Add the idea
      </button>
    </form>
  );
}
