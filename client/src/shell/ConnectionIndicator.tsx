import { useConnectionStatus } from '../sync/useConnectionStatus';
import { statusLabel } from './statusLabel';

/** The connection and save state, as a pill that screen readers announce when it changes. */
export function ConnectionIndicator() {
  const label = statusLabel(useConnectionStatus());
  return (
    <p className="connection-indicator" data-tone={label.tone} role="status" title={label.detail}>
      <span className="connection-indicator__dot" aria-hidden="true" />
      <span className="connection-indicator__text">{label.text}</span>
      <span className="visually-hidden">. {label.detail}</span>
    </p>
  );
}
