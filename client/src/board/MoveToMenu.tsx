import { useMemo, useState, type FormEvent } from 'react';
import type { CardTarget } from '@washup/shared';
import { useCurrentBoardView } from './BoardViewContext';
import { cardDestinations } from './moveTargets';

interface Props {
  label: string;
  onMove: (target: CardTarget) => void;
}

/**
 * "Move to…": choose a place, then press Move. A native select works by keyboard, touch and screen
 * reader alike; the separate button means browsing the list with the arrow keys moves nothing.
 */
export function MoveToMenu({ label, onMove }: Props) {
  const view = useCurrentBoardView();
  const destinations = useMemo(() => cardDestinations(view), [view]);
  const groups = Array.from(new Set(destinations.map((d) => d.group)));
  const [choice, setChoice] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = destinations.find((d) => d.key === choice);
    setChoice('');
    if (chosen) onMove(chosen.target);
  };
  return (
    <form className="move-form" onSubmit={submit}>
      <select className="move-to" aria-label={`Move ${label} to…`} value={choice} onChange={(event) => setChoice(event.target.value)}>
        <option value="" disabled>
          Move to…
        </option>
        {groups.map((group) => (
          <optgroup key={group} label={group}>
            {destinations
              .filter((d) => d.group === group)
              .map((d) => (
                <option key={d.key} value={d.key}>
                  {d.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <button type="submit" className="button button--secondary button--small" disabled={!choice}>
        Move
      </button>
    </form>
  );
}
