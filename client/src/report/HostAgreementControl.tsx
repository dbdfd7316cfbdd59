import { useEffect, useState } from 'react';
import { hostAgreementSchema, type HostAgreement, type Theme } from '@washup/shared/board';
import { currentThemeAct } from '@washup/shared/hostPartner';
import { useCommand } from '../commands/useCommand';
import { useHostPartner } from '../hostPartner/useHostPartner';
import { ErrorAlert } from '../ui/ErrorAlert';

const choices: Record<HostAgreement, string> = { none: 'Not tested', tested: 'Tested', agreed: 'Agreed' };

/**
 * The host's own control: the theme tested in conversation, then agreed, or withdrawn; the relay
 * records it with their name and time. The choice shows at once and stays until the relay's
 * record says the same, or goes back if the relay refused it.
 */
export function HostAgreementControl({ theme, label }: { theme: Pick<Theme, 'id'>; label: string }) {
  const command = useCommand();
  const recorded = currentThemeAct(useHostPartner(), theme.id)?.state ?? 'none';
  const [chosen, setChosen] = useState<HostAgreement | null>(null);
  useEffect(() => {
    if (chosen === recorded || command.error) setChosen(null);
  }, [chosen, recorded, command.error]);
  const shown = chosen ?? recorded;
  const choose = (value: HostAgreement) => {
    setChosen(value);
    command.send({ type: 'host.agreeTheme', themeId: theme.id, state: value });
  };
  return (
    <fieldset className="segmented segmented--compact host-agreement no-print">
      <legend className="segmented__legend">
        Your agreement<span className="visually-hidden"> with {label}</span>
      </legend>
      <div className="segmented__options host-agreement__options">
        {hostAgreementSchema.options.map((value) => (
          <label key={value} className="segmented__option">
            <input type="radio" name={`host-agreement-${theme.id}`} value={value} checked={shown === value} onChange={() => choose(value)} />
            <span className="segmented__face">{choices[value]}</span>
          </label>
        ))}
      </div>
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </fieldset>
  );
}
