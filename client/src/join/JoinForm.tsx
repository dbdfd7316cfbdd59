import { useId, useState, type FormEvent } from 'react';
import { roleLabels, type Role } from '@washup/shared/auth';
import { joinBoard } from '../api/boards';
import { errorMessage, type ApiRequestError } from '../api/ApiRequestError';
import { inviteAudience } from '../invites/roleCopy';
import { LocationChoice } from '../presence/LocationChoice';
import { loadLocation, saveLocation } from '../presence/locationStore';
import type { PresenceLocation } from '@washup/shared/presence';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Wordmark } from '../ui/Wordmark';
import { loadDisplayName, saveDisplayName } from './displayNameStore';
import type { JoinedParticipant } from './participantStore';
import { isRefusal } from './refusalCopy';
import { useInviteCheck } from './useInviteCheck';
import { RefusedInvite } from './RefusedInvite';

interface Props {
  boardId: string;
  invite: string;
  role: Role;
  /** This device's existing membership of the board, under another role, if any. */
  current: JoinedParticipant | null;
  onJoined: (participant: JoinedParticipant) => void;
  onKeepCurrent: (participant: JoinedParticipant) => void;
}

/** Asks for a display name (and room or remote), then trades the invite for a participant token. */
export function JoinForm({ boardId, invite, role, current, onJoined, onKeepCurrent }: Props) {
  const check = useInviteCheck(boardId, invite);
  const [name, setName] = useState(loadDisplayName);
  const [location, setLocation] = useState<PresenceLocation>(loadLocation);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<ApiRequestError | null>(null);
  const nameId = useId();
  const hintId = useId();

  if (refused) return <RefusedInvite error={refused} />;
  if (check.state === 'refused') return <RefusedInvite error={check.error} />;

  const title = check.state === 'valid' ? check.board.title : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Please enter your name, as the team knows you.');
      return;
    }
    setSubmitting(true);
    setError(null);
    joinBoard(boardId, invite, trimmed).then(
      (joined) => {
        saveDisplayName(joined.name);
        saveLocation(location);
        onJoined({
          boardId,
          token: joined.token,
          participantId: joined.participantId,
          role: joined.role,
          name: joined.name,
          joinedAt: Date.now(),
          title: title ?? undefined,
          lastOpenedAt: Date.now(),
        });
      },
      (failure: unknown) => {
        setSubmitting(false);
        if (isRefusal(failure)) setRefused(failure);
        else setError(errorMessage(failure));
      },
    );
  };

  return (
    <div className="join-page">
      <header className="message-page__top">
        <Wordmark href="/" />
      </header>
      <main className="join-page__main">
        <form className="card join-card" onSubmit={submit} noValidate aria-labelledby="join-title">
          <p className="eyebrow">You're invited</p>
          <h1 id="join-title" className="join-card__title">
            {title ?? (check.state === 'checking' ? 'Checking your invite…' : 'Join the board')}
          </h1>
          <p className="join-card__role">
            Joining as <strong className="role-chip" data-role={role}>{roleLabels[role]}</strong>
          </p>
          <p className="muted join-card__can">{inviteAudience[role].can.replace(' Keep this link to yourself.', '')}</p>

          {current ? (
            <div className="notice">
              <p>
                This device is already on this board as <strong>{current.name}</strong>, {roleLabels[current.role]}. Joining with this link
                switches it to {roleLabels[role]}.
              </p>
              <button type="button" className="button button--secondary button--small" onClick={() => onKeepCurrent(current)}>
                Stay as {roleLabels[current.role]}
              </button>
            </div>
          ) : null}

          <div className="field">
            <label className="field__label" htmlFor={nameId}>
              Your name
            </label>
            <p className="field__hint" id={hintId}>
              Shown to the team next to your cards and in the list of who is here.
            </p>
            <input
              id={nameId}
              className="input"
              type="text"
              name="name"
              autoComplete="name"
              maxLength={80}
              required
              value={name}
              aria-describedby={hintId}
              aria-invalid={error !== null && !name.trim()}
              onChange={(event) => setName(event.target.value)}
              autoFocus
            />
          </div>

          <LocationChoice value={location} onChange={setLocation} />

          {error ? <ErrorAlert>{error}</ErrorAlert> : null}

          <button type="submit" className="button button--primary button--block" disabled={submitting}>
            {submitting ? 'Joining…' : 'Join board'}
          </button>
        </form>
      </main>
    </div>
  );
}
