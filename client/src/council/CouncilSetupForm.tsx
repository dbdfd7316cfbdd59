import { councilDefaults, councilTurnPresetsMs, maxCouncilRounds, type CouncilLocation, type Participant } from '@washup/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useSessionCommand } from '../facilitation/useSessionCommand';
import { useParticipants } from '../people/useParticipants';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SpeakingOrderEditor, type PlannedSpeaker } from './SpeakingOrderEditor';

interface CouncilSetupFormProps {
  /** A session is under way: starting replaces it, after the Lead Reviewer confirms. */
  running: boolean;
  onDone: () => void;
}

const hostFirst = (a: Participant, b: Participant) => Number(b.role === 'host') - Number(a.role === 'host') || a.joinedAt - b.joinedAt;

/** The Lead Reviewer's set-up: presenter, scribe, who speaks in what order, and the times. */
export function CouncilSetupForm({ running, onDone }: CouncilSetupFormProps) {
  const { participants, error: listError } = useParticipants(true);
  const people = useMemo(() => (participants ?? []).filter((person) => !person.removed && person.role !== 'observer').sort(hostFirst), [participants]);
  const [presenterId, setPresenterId] = useState('');
  const [scribeId, setScribeId] = useState('');
  const [speakers, setSpeakers] = useState<PlannedSpeaker[] | null>(null);
  const [turnSeconds, setTurnSeconds] = useState(councilDefaults.turnMs / 1000);
  const [rounds, setRounds] = useState<number>(councilDefaults.rounds);
  const [thinkingMinutes, setThinkingMinutes] = useState(councilDefaults.presenterThinkingMs / 60_000);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const command = useSessionCommand();

  const presenter = people.find((person) => person.id === (presenterId || people[0]?.id));
  const planned = speakers ?? people.filter((person) => person.id !== presenter?.id).map((person): PlannedSpeaker => ({ id: person.id, name: person.name, location: 'inRoom' as CouncilLocation, included: true }));
  const scribe = people.find((person) => person.id === scribeId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!presenter) return;
    command.send({
      type: 'council.start',
      replace: running && confirmReplace,
      config: {
        presenter: { id: presenter.id, name: presenter.name },
        scribe: scribe ? { id: scribe.id, name: scribe.name } : null,
        participants: planned.filter((speaker) => speaker.included && speaker.id !== presenter.id).map(({ id, name, location }) => ({ id, name, location })),
        turnMs: turnSeconds * 1000,
        rounds,
        presenterThinkingMs: thinkingMinutes * 60_000,
      },
    }, onDone);
  };

  return (
    <form className="session-panel council-setup" onSubmit={submit} aria-labelledby="council-setup-title">
      <h2 id="council-setup-title">Set up the Council Process</h2>
      <p className="muted">
        The host presents an area of challenge and thinks aloud; the team then speaks in turn, uninterrupted, for the same time each; anyone may pass. The
        host alone chooses which ideas to pursue.
      </p>
      {listError ? <ErrorAlert>{listError}</ErrorAlert> : null}
      {participants && people.length < 2 ? <p className="notice">At least the host and one peer reviewer need to have joined the board.</p> : null}
      <div className="council-setup__grid">
        <label className="field">
          <span className="field__label">Presenter</span>
          <select className="input" value={presenter?.id ?? ''} onChange={(event) => { setPresenterId(event.target.value); setSpeakers(null); }}>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({person.role === 'host' ? 'host' : person.role === 'facilitator' ? 'Lead Reviewer' : 'reviewer'})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Scribe</span>
          <select className="input" value={scribeId} onChange={(event) => setScribeId(event.target.value)}>
            <option value="">Each speaker notes their own ideas</option>
            {people.filter((person) => person.id !== presenter?.id && person.role !== 'host').map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Time per turn</span>
          <select className="input" value={turnSeconds} onChange={(event) => setTurnSeconds(Number(event.target.value))}>
            {[...new Set([...councilTurnPresetsMs.map((ms) => ms / 1000), turnSeconds])].sort((a, b) => a - b).map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds % 60 === 0 ? `${seconds / 60} min` : seconds > 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Custom turn (seconds)</span>
          <input className="input" type="number" min={3} max={600} value={turnSeconds} onChange={(event) => setTurnSeconds(Math.max(3, Math.round(Number(event.target.value) || 3)))} />
        </label>
        <label className="field">
          <span className="field__label">Rounds</span>
          <input className="input" type="number" min={1} max={maxCouncilRounds} value={rounds} onChange={(event) => setRounds(Math.min(maxCouncilRounds, Math.max(1, Math.round(Number(event.target.value) || 1))))} />
        </label>
        <label className="field">
          <span className="field__label">Presenter's thinking (minutes)</span>
          <input className="input" type="number" min={1} max={30} value={thinkingMinutes} onChange={(event) => setThinkingMinutes(Math.min(30, Math.max(1, Math.round(Number(event.target.value) || 1))))} />
        </label>
      </div>
      <SpeakingOrderEditor speakers={planned} onChange={setSpeakers} />
      {running ? (
        <label className="check">
          <input type="checkbox" checked={confirmReplace} onChange={(event) => setConfirmReplace(event.target.checked)} />
          Replace the session that is running now (its ideas stay on the board)
        </label>
      ) : null}
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={command.busy || !presenter || (running && !confirmReplace)}>
          Start contracting
        </button>
        {running ? (
          <button type="button" className="button button--ghost" onClick={onDone}>
            Back to the session
          </button>
        ) : null}
      </div>
    </form>
  );
}
