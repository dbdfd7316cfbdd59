import { Fragment, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchesEveryWord, type BoardView } from '@washup/shared/board';
import { useCurrentBoardView } from './BoardViewContext';
import { takeFocusRequest } from './focusRequest';
import type { PlaceOption } from './moveTargets';

interface Props<Target> {
  /** The button's visible words, e.g. "Move to…". */
  buttonText: string;
  /** What is moved, e.g. "card: Pupils said…": it follows the visible words in the accessible name. */
  subject: string;
  destinations: (view: BoardView) => PlaceOption<Target>[];
  onMove: (choice: PlaceOption<Target>) => void;
  /** Identifies the thing being moved, so its menu takes the focus back wherever it lands. */
  focusKey: string;
}

/** Options in runs of one heading and lane, each run a group of the list. */
function runsOf<Target>(options: readonly PlaceOption<Target>[]): Array<{ key: string; heading: string; lane?: string; options: PlaceOption<Target>[] }> {
  const runs: Array<{ key: string; heading: string; lane?: string; options: PlaceOption<Target>[] }> = [];
  for (const option of options) {
    const last = runs.at(-1);
    if (last && last.heading === option.heading && last.lane === option.lane) last.options.push(option);
    else runs.push({ key: option.key, heading: option.heading, lane: option.lane, options: [option] });
  }
  return runs;
}

/**
 * The places, listed only while open (thousands of cards each carrying a list would be slow), as a
 * search box over a list grouped heading → lane → theme. Typing narrows it; the arrow keys go
 * through it without moving anything; Enter or a click moves there; Escape cancels.
 */
function PlaceForm<Target>({ label, destinations, onMove, onClose }: Pick<Props<Target>, 'destinations' | 'onMove'> & { label: string; onClose: () => void }) {
  const view = useCurrentBoardView();
  const options = useMemo(() => destinations(view), [destinations, view]);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => options.filter((option) => matchesEveryWord(option.label, query)), [options, query]);
  const [active, setActive] = useState(0);
  const listId = useId();
  const activeOption = shown[Math.min(active, shown.length - 1)];
  const optionId = (option: PlaceOption<Target>) => `${listId}-${option.key}`;
  const activeId = activeOption ? optionId(activeOption) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const choose = (chosen: PlaceOption<Target>) => {
    // Let go of the focus while the page is still laid out: removing a focused element makes the
    // browser lay out the whole board again at once, before the card has even moved.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    onClose();
    onMove(chosen);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const last = shown.length - 1;
    const current = Math.min(active, last);
    // Home and End stay with the search box's caret.
    const next: Partial<Record<string, number>> = { ArrowDown: Math.min(current + 1, last), ArrowUp: Math.max(current - 1, 0), PageDown: Math.min(current + 8, last), PageUp: Math.max(current - 8, 0) };
    const to = next[event.key];
    if (to !== undefined) {
      event.preventDefault();
      setActive(Math.max(to, 0));
    } else if (event.key === 'Enter' && activeOption) {
      event.preventDefault();
      choose(activeOption);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  let previousHeading: string | null = null;
  return (
    <div className="place-menu" role="group" aria-label={label}>
      <input
        className="input place-menu__search"
        role="combobox"
        aria-label={label}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        placeholder="Type to find a place"
        value={query}
        autoFocus
        onKeyDown={onKeyDown}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
      />
      <div id={listId} role="listbox" aria-label="Places" className="place-menu__list">
        {runsOf(shown).map((run) => {
          const newHeading = run.heading !== previousHeading;
          previousHeading = run.heading;
          return (
            <Fragment key={run.key}>
              {newHeading ? (
                <div className="place-menu__heading" aria-hidden="true">
                  {run.heading}
                </div>
              ) : null}
              <div role="group" aria-label={run.lane ? `${run.heading} · ${run.lane}` : run.heading} className="place-menu__group">
                {run.lane ? (
                  <div className="place-menu__lane" aria-hidden="true">
                    {run.lane}
                  </div>
                ) : null}
                {run.options.map((option) => (
                  <div
                    key={option.key}
                    id={optionId(option)}
                    role="option"
                    aria-label={option.label}
                    aria-selected={option === activeOption}
                    className="place-menu__option"
                    data-new={option.key.startsWith('new:') || undefined}
                    // Keep the focus in the search box, so the list stays open for the keyboard.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(option)}
                  >
                    {option.text}
                  </div>
                ))}
              </div>
            </Fragment>
          );
        })}
        {shown.length === 0 ? <p className="place-menu__none">No place matches “{query}”.</p> : null}
      </div>
      <button type="button" className="button button--ghost button--small" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}

/**
 * "Move to…": the keyboard and touch alternative to dragging. Browsing the list moves nothing;
 * choosing a place moves there at once; Escape cancels.
 */
export function PlaceMenu<Target>({ buttonText, subject, destinations, onMove, focusKey }: Props<Target>) {
  // The name starts with the words on the button, so people who speak to their computer can say
  // what they see (WCAG 2.5.3); what is moved comes after, for a screen reader.
  const label = `${buttonText} (${subject})`;
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

  if (open) return <PlaceForm label={label} destinations={destinations} onMove={onMove} onClose={() => setOpen(false)} />;
  return (
    <button ref={button} type="button" className="button button--ghost button--small place-menu__open" aria-label={label} onClick={() => setOpen(true)}>
      {buttonText}
    </button>
  );
}
