import type { PstbState } from '@washup/shared/pstb';
import { minuteMs } from '@washup/shared/session';
import { useState, type FormEvent } from 'react';
import { useCommand } from '../commands/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ContractMinutesField } from './ContractMinutesField';
import { parseContractMinutes } from './contractMinutes';

/** While contracting, the team may settle on another length; the Lead Reviewer records it before the clock starts. */
export function ContractForm({ pstb }: { pstb: PstbState }) {
  // Exact, so a contract set to the second is not shown as another one.
  const agreed = String(pstb.contractMs / minuteMs);
  const [minutesText, setMinutesText] = useState(agreed);
  const command = useCommand();
  const minutes = parseContractMinutes(minutesText);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (minutes !== null) command.send({ type: 'pstb.setContract', contractMinutes: minutes });
  };
  return (
    <form className="session-form pstb-stage__form" onSubmit={submit} aria-label="Time contract">
      <ContractMinutesField value={minutesText} onChange={setMinutesText} />
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
      <button type="submit" className="button button--secondary" disabled={command.busy || minutes === null || minutesText === agreed}>
        Change the contract
      </button>
    </form>
  );
}
