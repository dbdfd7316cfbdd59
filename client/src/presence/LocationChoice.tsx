import { useId } from 'react';
import { LocationIcon } from './LocationIcon';
import type { PresenceLocation } from '@washup/shared/presence';
import { locationLabels } from './locationLabels';

interface Props {
  value: PresenceLocation;
  onChange: (location: PresenceLocation) => void;
  legend?: string;
  compact?: boolean;
}

const choices: PresenceLocation[] = ['room', 'remote'];

/** "In the room" or "remote", as two radio buttons drawn as a segmented control. */
export function LocationChoice({ value, onChange, legend = 'Where are you?', compact = false }: Props) {
  const name = useId();
  return (
    <fieldset className={`segmented${compact ? ' segmented--compact' : ''}`}>
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {choices.map((choice) => (
          <label key={choice} className="segmented__option">
            <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
            <span className="segmented__face">
              <LocationIcon location={choice} />
              {locationLabels[choice]}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
