import { ErrorAlert } from './ErrorAlert';

interface Props {
  /** The view's name as its tab says it ("Board", "Vote"). */
  label: string;
  onRetry: () => void;
}

/** What a board view shows instead of itself when it failed to render: what happened, and two ways back. */
export function ViewFailed({ label, onRetry }: Props) {
  return (
    <ErrorAlert title={`The ${label} view stopped working`}>
      <p>Something went wrong on this device while showing it. Cards and changes already added are kept, and the other views still work; text typed here but not yet added may be lost.</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
        <button type="button" className="button button--ghost" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    </ErrorAlert>
  );
}
