import { pstbContractMinutesRange, pstbContractPresetsMinutes } from '@washup/shared/pstb';
import { useId, useState } from 'react';
import { ContractSplit } from './ContractSplit';
import { parseContractMinutes } from './contractMinutes';

interface ContractMinutesFieldProps {
  /** The minutes as typed, kept as text so a half-typed number is not corrected under the cursor. */
  value: string;
  onChange: (value: string) => void;
}

const presets: readonly string[] = pstbContractPresetsMinutes.map(String);

/**
 * The method's 20, 30 or 45 minutes, or another length the room has (a short rehearsal, a long
 * session). Radio buttons, so a phone or a keyboard picks one with a tap or an arrow key.
 */
export function ContractMinutesField({ value, onChange }: ContractMinutesFieldProps) {
  const [customChosen, setCustomChosen] = useState(!presets.includes(value));
  const name = useId();
  const custom = customChosen || !presets.includes(value);
  const minutes = parseContractMinutes(value);
  return (
    <fieldset className="segmented pstb-contract">
      <legend className="segmented__legend">Time contract</legend>
      <div className="segmented__options pstb-contract__options">
        {presets.map((preset) => (
          <label key={preset} className="segmented__option">
            <input
              type="radio"
              name={name}
              checked={!custom && value === preset}
              onChange={() => {
                setCustomChosen(false);
                onChange(preset);
              }}
            />
            <span className="segmented__face">{preset} min</span>
          </label>
        ))}
        <label className="segmented__option">
          <input type="radio" name={name} checked={custom} onChange={() => setCustomChosen(true)} />
          <span className="segmented__face">Custom</span>
        </label>
      </div>
      {custom ? (
        <label className="field">
          <span className="field__label">Minutes in all</span>
          <input
            className="input"
            type="number"
            inputMode="numeric"
            min={pstbContractMinutesRange.min}
            max={pstbContractMinutesRange.max}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          <span className="field__hint">
            {pstbContractMinutesRange.min} to {pstbContractMinutesRange.max} minutes, split across the steps as in the 30-minute contract.
          </span>
        </label>
      ) : null}
      {minutes === null ? null : <ContractSplit minutes={minutes} />}
    </fieldset>
  );
}
