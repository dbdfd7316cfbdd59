import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  title?: string;
  /** A dismiss button, for an alert that stays after the form it came from is gone (a refused move). */
  onDismiss?: () => void;
  /** Where it sits, when not in the flow of its form (`move-refused` floats over the board). */
  className?: string;
}

/**
 * An error the person should read now: announced by screen readers, visible in red. Every refused
 * request and board write is shown with this one component.
 */
export function ErrorAlert({ children, title, onDismiss, className }: Props) {
  return (
    <div className={className ? `alert alert--error ${className}` : 'alert alert--error'} role="alert">
      {title ? <p className="alert__title">{title}</p> : null}
      <div className="alert__body">{children}</div>
      {onDismiss ? (
        <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
