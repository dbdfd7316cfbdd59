import { hostAgreementSchema, setHostAgreement, type HostAgreement, type Theme } from '@washup/shared/board';
import { useBoardWrite } from '../sync/useBoardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';

const choices: Record<HostAgreement, string> = { none: 'Not tested', tested: 'Tested', agreed: 'Agreed' };

/** Where the theme stands with the host: tested in conversation, then agreed. */
export function HostAgreementControl({ theme, label }: { theme: Theme; label: string }) {
  const { write, error } = useBoardWrite();
  return (
    <fieldset className="segmented segmented--compact host-agreement no-print">
      <legend className="segmented__legend">
        Host agreement<span className="visually-hidden"> for {label}</span>
      </legend>
      <div className="segmented__options host-agreement__options">
        {hostAgreementSchema.options.map((value) => (
          <label key={value} className="segmented__option">
            <input
              type="radio"
              name={`host-agreement-${theme.id}`}
              value={value}
              checked={theme.hostAgreement === value}
              onChange={() => write((board) => setHostAgreement(board, theme.id, value))}
            />
            <span className="segmented__face">{choices[value]}</span>
          </label>
        ))}
      </div>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </fieldset>
  );
}
