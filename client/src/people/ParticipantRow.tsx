import { useState } from 'react';
import type { Participant } from '@washup/shared/api';
import { roleLabels } from '@washup/shared/auth';

interface Props {
  participant: Participant;
  isYou: boolean;
  onRemove: (participant: Participant) => Promise<void>;
}

/** One person who joined: name, role, when, and (for others) a remove button that asks first. */
export function ParticipantRow({ participant, isYou, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const joined = new Date(participant.joinedAt).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  const remove = () => {
    setBusy(true);
    onRemove(participant).finally(() => {
      setBusy(false);
      setConfirming(false);
    });
  };
  return (
    <li className="list-row participant-row" data-removed={participant.removed || undefined}>
      <div className="participant-row__who">
        <span className="participant-row__name">
          {participant.name}
          {isYou ? <span className="muted"> (you)</span> : null}
        </span>
        <span className="participant-row__meta">
          {roleLabels[participant.role]} · joined {joined}
          {participant.removed ? ' · removed' : ''}
        </span>
      </div>
      {participant.removed || isYou ? null : confirming ? (
        <div className="participant-row__actions">
          <button type="button" className="button button--danger button--small" onClick={remove} disabled={busy}>
            Remove {participant.name}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => setConfirming(false)} disabled={busy}>
            Keep
          </button>
        </div>
      ) : (
        <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(true)}>
          Remove…
        </button>
      )}
    </li>
  );
}
