import { plural } from './roundWording';

interface Props {
  label: string;
  count: number;
  cap: number;
  canAdd: boolean;
  disabled?: boolean;
  onChange: (count: number) => void;
}

/** Past this, empty slots stop reading as "room for more" and start reading as clutter. */
const maxSlotsShown = 5;

/**
 * One option's dots with − and + buttons. Empty slots up to the cap make "at most N on one" visible
 * without reading; the count is announced as it changes.
 */
export function DotCounter({ label, count, cap, canAdd, disabled = false, onChange }: Props) {
  const slots = cap <= maxSlotsShown ? cap : 0;
  return (
    <div className="dot-counter">
      <button
        type="button"
        className="dot-counter__button"
        aria-label={`Take a dot from ${label}`}
        disabled={disabled || count === 0}
        onClick={() => onChange(count - 1)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <span className="dot-counter__dots" aria-live="polite">
        <span className="visually-hidden">
          {plural(count, 'dot', 'dots')} on {label}, at most {cap}
        </span>
        <span className="dot-counter__slots" aria-hidden="true">
          {slots > 0
            ? Array.from({ length: slots }, (_, i) => <span key={i} className={i < count ? 'dot dot--on' : 'dot'} />)
            : `${count} / ${cap}`}
        </span>
      </span>
      <button
        type="button"
        className="dot-counter__button"
        aria-label={`Add a dot to ${label}`}
        disabled={disabled || !canAdd}
        onClick={() => onChange(count + 1)}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
