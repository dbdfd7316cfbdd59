import { useConnectionStatus } from '../sync/useConnectionStatus';
import { statusLabel } from './statusLabel';

/** The connection and save state, as a pill that screen readers announce when it changes. */
export function ConnectionIndicator() {
  const label = statusLabel(useConnectionStatus());
  return (
    <p className="connection-indicator" data-tone={label.tone} role="status" title={label.detail}>
      <span className="connection-indicator__dot" aria-hidden="true" />
      <span className="connection-indicator__text">{label.text}</span>
      {/* A phone shows the short form; screen readers and wider screens get the whole sentence. */}
      <span className="connection-indicator__short" aria-hidden="true">
        {label.short}
      </span>
      <span className="visually-hidden">. {label.detail}</span>
    </p>
  );
}
