import { useMemo, useState, type FormEvent } from 'react';
import type { CardTarget } from '@washup/shared';
import { useCurrentBoardView } from './BoardViewContext';
import { cardDestinations } from './moveTargets';

interface Props {
  label: string;
  onMove: (target: CardTarget) => void;
}

/** The list of places, built only while it is open: a board of 2,000 cards would otherwise carry 2,000 long menus. */
function MoveForm({ label, onMove, onClose }: Props & { onClose: () => void }) {
  const view = useCurrentBoardView();
  const destinations = useMemo(() => cardDestinations(view), [view]);
  const groups = Array.from(new Set(destinations.map((d) => d.group)));
  const [choice, setChoice] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = destinations.find((d) => d.key === choice);
    onClose();
    if (chosen) onMove(chosen.target);
  };
  return (
    <form className="move-form" onSubmit={submit}>
      <select className="move-to" aria-label={`Move ${label} to…`} value={choice} autoFocus onChange={(event) => setChoice(event.target.value)}>
        <option value="" disabled>
          Choose a place…
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
      <button type="button" className="button button--ghost button--small" onClick={onClose}>
        Cancel
      </button>
    </form>
  );
}

/**
 * "Move to…": the keyboard and touch alternative to dragging. Choosing a place and pressing Move
 * are separate steps, so browsing the list with the arrow keys moves nothing.
 */
export function MoveToMenu({ label, onMove }: Props) {
  const [open, setOpen] = useState(false);
  if (open) return <MoveForm label={label} onMove={onMove} onClose={() => setOpen(false)} />;
  return (
    <button type="button" className="button button--secondary button--small" aria-label={`Move ${label} to…`} onClick={() => setOpen(true)}>
      Move to…
    </button>
  );
}
