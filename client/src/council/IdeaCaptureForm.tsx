import { addIdea, type CouncilState } from '@washup/shared';
import { useState, type FormEvent } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';

/**
 * Notes an idea against the round and the person who offered it: the current speaker unless the
 * note-taker picks someone else (an idea remembered a turn late).
 */
export function IdeaCaptureForm({ council }: { council: CouncilState }) {
  const connection = useBoardConnection();
  const [text, setText] = useState('');
  const [chosenSpeakerId, setChosenSpeakerId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const speakerId = chosenSpeakerId ?? council.current?.participantId ?? council.participants[0]?.id ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const speaker = council.participants.find((participant) => participant.id === speakerId);
    if (!speaker) return;
    try {
      addIdea(connection.board, {
        sessionId: council.sessionId,
        round: Math.max(1, council.round),
        authorId: speaker.id,
        authorName: speaker.name,
        text,
        capturedBy: connection.identity.participantId,
        capturedAt: connection.clock.now(),
      });
      setText('');
      setChosenSpeakerId(null);
      setError(null);
    } catch {
      setError('Write the idea in up to 1,000 characters before adding it.');
    }
  };

  return (
    <form className="session-form" onSubmit={submit} aria-label="Note an idea">
      <label className="field">
        <span className="field__label">Idea</span>
        <textarea className="input" rows={2} maxLength={1000} value={text} onChange={(event) => setText(event.target.value)} />
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
