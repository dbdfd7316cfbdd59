interface Props {
  label: string;
  count: number;
  canAdd: boolean;
  onChange: (count: number) => void;
}

/** One option's dots with − and + buttons; the count is announced as it changes. */
export function DotCounter({ label, count, canAdd, onChange }: Props) {
  return (
    <div className="dot-counter">
      <button type="button" className="dot-counter__button" aria-label={`Take a dot from ${label}`} disabled={count === 0} onClick={() => onChange(count - 1)}>
        −
      </button>
      <span className="dot-counter__dots" aria-live="polite" aria-label={`${count} ${count === 1 ? 'dot' : 'dots'} on ${label}`}>
        {count === 0 ? <span className="dot-counter__none">0</span> : Array.from({ length: count }, (_, i) => <span key={i} className="dot" />)}
      </span>
      <button type="button" className="dot-counter__button" aria-label={`Add a dot to ${label}`} disabled={!canAdd} onClick={() => onChange(count + 1)}>
        +
      </button>
    </div>
  );
}
