import { councilDefaults, councilTurnPresetsMs, maxCouncilRounds, type CouncilLocation } from '@washup/shared/council';
import { useState, type FormEvent } from 'react';
import { SetupFormActions } from '../session/SetupFormActions';
import { SessionCandidatesNotice } from '../session/SessionCandidatesNotice';
import { useSessionCandidates } from '../session/useSessionCandidates';
import { useCommand } from '../commands/useCommand';
import { usePresence } from '../presence/usePresence';
import { SpeakingOrderEditor, type PlannedSpeaker } from './SpeakingOrderEditor';

interface CouncilSetupFormProps {
  /** A session is under way: starting replaces it, after the Lead Reviewer confirms. */
  running: boolean;
  /** There is a session, running or closed, to go back to. */
  following: boolean;
  onDone: () => void;
}

/** The Lead Reviewer's set-up: presenter, scribe, who speaks in what order, and the times. */
export function CouncilSetupForm({ running, following, onDone }: CouncilSetupFormProps) {
  const candidates = useSessionCandidates();
  const { people } = candidates;
  const present = usePresence();
  const [presenterId, setPresenterId] = useState('');
  const [scribeId, setScribeId] = useState('');
  const [speakers, setSpeakers] = useState<PlannedSpeaker[] | null>(null);
  const [turnSeconds, setTurnSeconds] = useState(councilDefaults.turnMs / 1000);
  const [rounds, setRounds] = useState<number>(councilDefaults.rounds);
  const [thinkingMinutes, setThinkingMinutes] = useState(councilDefaults.presenterThinkingMs / 60_000);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const command = useCommand();

  const presenter = people.find((person) => person.id === (presenterId || people[0]?.id));
  // Where each person said they are; the Lead Reviewer usually holds the process rather than
  // speaking in it, so starts left out.
  const locationOf = (id: string): CouncilLocation => (present.find((person) => person.user.participantId === id)?.user.location === 'remote' ? 'remote' : 'inRoom');
  const planned =
    speakers ??
    people
      .filter((person) => person.id !== presenter?.id)
      .map((person): PlannedSpeaker => ({ id: person.id, name: person.name, location: locationOf(person.id), included: person.role !== 'facilitator' }));
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
      <SessionCandidatesNotice candidates={candidates} />
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
      <SetupFormActions
        command={command}
        running={running}
        confirmReplace={confirmReplace}
        onConfirmReplace={setConfirmReplace}
        kept="its ideas"
        ready={presenter !== undefined}
        following={following}
        onBack={onDone}
      />
    </form>
  );
}
