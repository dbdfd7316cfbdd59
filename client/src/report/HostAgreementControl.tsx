import { hostAgreementSchema, type HostAgreement, type Theme } from '@washup/shared/board';
import { currentThemeAct } from '@washup/shared/hostPartner';
import { useCommand } from '../commands/useCommand';
import { useHostPartner } from '../hostPartner/useHostPartner';
import { ErrorAlert } from '../ui/ErrorAlert';

const choices: Record<HostAgreement, string> = { none: 'Not tested', tested: 'Tested', agreed: 'Agreed' };

/** The host's own control: the theme tested in conversation, then agreed, or withdrawn; the relay records it with their name and time. */
export function HostAgreementControl({ theme, label }: { theme: Pick<Theme, 'id'>; label: string }) {
  const command = useCommand();
  const current = currentThemeAct(useHostPartner(), theme.id)?.state ?? 'none';
  return (
    <fieldset className="segmented segmented--compact host-agreement no-print" disabled={command.busy}>
      <legend className="segmented__legend">
        Your agreement<span className="visually-hidden"> with {label}</span>
      </legend>
      <div className="segmented__options host-agreement__options">
        {hostAgreementSchema.options.map((value) => (
          <label key={value} className="segmented__option">
            <input
              type="radio"
              name={`host-agreement-${theme.id}`}
              value={value}
              checked={current === value}
              onChange={() => command.send({ type: 'host.agreeTheme', themeId: theme.id, state: value })}
            />
            <span className="segmented__face">{choices[value]}</span>
          </label>
        ))}
      </div>
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </fieldset>
  );
}
