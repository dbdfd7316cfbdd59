import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { BoardView } from '@washup/shared/board';
import { useCurrentBoardView } from './BoardViewContext';
import { takeFocusRequest } from './focusRequest';
import type { PlaceOption } from './moveTargets';

interface Props<Target> {
  /** Accessible name of the button and the list, e.g. "Move Pupils said… to…". */
  label: string;
  buttonText: string;
  destinations: (view: BoardView) => PlaceOption<Target>[];
  onMove: (choice: PlaceOption<Target>) => void;
  /** Identifies the thing being moved, so its menu takes the focus back wherever it lands. */
  focusKey: string;
  /** The confirming button's word; "Move" unless told. */
  confirmText?: string;
}

/** The places, listed only while open: 2,000 cards each carrying a long <select> would be slow to render. */
function PlaceForm<Target>({ label, destinations, onMove, onClose, confirmText = 'Move' }: Omit<Props<Target>, 'buttonText' | 'focusKey'> & { onClose: () => void }) {
  const view = useCurrentBoardView();
  const options = useMemo(() => destinations(view), [destinations, view]);
  const groups = useMemo(() => Array.from(new Set(options.map((option) => option.group))), [options]);
  const [choice, setChoice] = useState('');
  const confirm = () => {
    const chosen = options.find((option) => option.key === choice);
    // Let go of the focus while the page is still laid out: removing a focused element makes the
    // browser lay out the whole board again at once, before the card has even moved.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    onClose();
    if (chosen) onMove(chosen);
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  // A group with a plain button, not a <form>: submitting a form lets the browser (validation,
  // autofill) inspect it with the whole board laid out, before every move.
  return (
    <div className="place-menu" role="group" onKeyDown={closeOnEscape}>
      <select className="place-menu__list" aria-label={label} value={choice} autoFocus onChange={(event) => setChoice(event.target.value)}>
        <option value="" disabled>
          Choose a place…
        </option>
        {groups.map((group) => (
          <optgroup key={group} label={group}>
            {options
              .filter((option) => option.group === group)
              .map((option) => (
                <option key={option.key} value={option.key}>
                  {option.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <button type="button" className="button button--primary button--small" disabled={!choice} onClick={confirm}>
        {confirmText}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}

/**
 * "Move to…": the keyboard and touch alternative to dragging. Choosing a place and pressing Move
 * are separate steps, so browsing the list with the arrow keys moves nothing; Escape cancels.
 */
export function PlaceMenu<Target>({ label, buttonText, destinations, onMove, focusKey, confirmText }: Props<Target>) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    const asked = takeFocusRequest(focusKey);
    if (open || !(closed || asked)) return;
    // After the next frame, when the moved card is laid out anyway: focusing (and scrolling to) it
    // earlier would force that layout in the middle of the move.
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => button.current?.focus())));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [open, focusKey]);

  if (open) return <PlaceForm label={label} destinations={destinations} onMove={onMove} onClose={() => setOpen(false)} confirmText={confirmText} />;
  return (
    <button ref={button} type="button" className="button button--ghost button--small place-menu__open" aria-label={label} onClick={() => setOpen(true)}>
      {buttonText}
    </button>
  );
}
