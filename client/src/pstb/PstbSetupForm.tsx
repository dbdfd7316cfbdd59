import { roleLabels } from '@washup/shared/auth';
import { pstbDefaultContractMinutes } from '@washup/shared/pstb';
import { useState, type FormEvent } from 'react';
import { SetupFormActions } from '../session/SetupFormActions';
import { SessionCandidatesNotice } from '../session/SessionCandidatesNotice';
import { useSessionCandidates } from '../session/useSessionCandidates';
import { useCommand } from '../commands/useCommand';
import { ContractMinutesField } from './ContractMinutesField';
import { parseContractMinutes } from './contractMinutes';

interface PstbSetupFormProps {
  /** A session is under way: starting replaces it, after the Lead Reviewer confirms. */
  running: boolean;
  /** There is a session, running or closed, to go back to. */
  following: boolean;
  onDone: () => void;
}

/** The Lead Reviewer's set-up: whose problem it is and the time contract. */
export function PstbSetupForm({ running, following, onDone }: PstbSetupFormProps) {
  const candidates = useSessionCandidates();
  const { people } = candidates;
  const [presenterId, setPresenterId] = useState('');
  const [minutesText, setMinutesText] = useState(String(pstbDefaultContractMinutes));
  const [confirmReplace, setConfirmReplace] = useState(false);
  const command = useCommand();
  const presenter = people.find((person) => person.id === (presenterId || people[0]?.id));
  const contractMinutes = parseContractMinutes(minutesText);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!presenter || contractMinutes === null) return;
    command.send({ type: 'pstb.start', replace: running && confirmReplace, config: { presenter: { id: presenter.id, name: presenter.name }, contractMinutes } }, onDone);
  };

  return (
    <form className="session-panel pstb-setup" onSubmit={submit} aria-labelledby="pstb-setup-title">
      <h2 id="pstb-setup-title">Set up Problem Solving Team Building</h2>
      <p className="muted">
        The owner (usually the host) states a problem; the team offers ideas without judging them; the owner alone chooses up to three; the team weighs their
        benefits and concerns and plans the actions, all within the time contract.
      </p>
      <SessionCandidatesNotice candidates={candidates} />
      <label className="field">
        <span className="field__label">Owner of the problem</span>
        <select className="input" value={presenter?.id ?? ''} onChange={(event) => setPresenterId(event.target.value)}>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({roleLabels[person.role]})
            </option>
          ))}
        </select>
      </label>
      <ContractMinutesField value={minutesText} onChange={setMinutesText} />
      <SetupFormActions
        command={command}
        running={running}
        confirmReplace={confirmReplace}
        onConfirmReplace={setConfirmReplace}
        kept="its ideas and actions"
        ready={presenter !== undefined && contractMinutes !== null}
        following={following}
        onBack={onDone}
      />
    </form>
  );
}
