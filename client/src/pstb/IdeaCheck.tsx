import { useId } from 'react';

interface IdeaCheckProps {
  /** The short word beside the box; the idea's own words are added for a screen reader. */
  label: string;
  ideaText: string;
  checked: boolean;
  /** Why the box cannot be changed, shown beside it and read with it; null when it can. */
  lockReason: string | null;
  /** Waiting for the relay: the box shows its answer, not the click. */
  busy?: boolean;
  autoFocus?: boolean;
  onChange: (checked: boolean) => void;
}

/** A tick beside one idea in the list. A locked box says why, so nobody is left clicking a dead control. */
export function IdeaCheck({ label, ideaText, checked, lockReason, busy = false, autoFocus = false, onChange }: IdeaCheckProps) {
  const reasonId = useId();
  return (
    <label className="check pstb-idea__check">
      <input
        type="checkbox"
        checked={checked}
        aria-label={`${label}: ${ideaText}`}
        aria-describedby={lockReason ? reasonId : undefined}
        disabled={busy || lockReason !== null}
        autoFocus={autoFocus}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
      {lockReason ? (
        <span id={reasonId} className="pstb-idea__lock">
          {lockReason}
        </span>
      ) : null}
    </label>
  );
}
