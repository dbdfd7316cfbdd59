import { useId, useState, type FormEvent } from 'react';
import { normalizeJoinCode } from '@washup/shared/api';
import { errorMessage } from '../api/ApiRequestError';
import { resolveJoinCode } from '../api/joinCodes';
import { navigate } from '../routing/navigate';
import { boardPath } from '../routing/route';
import { ErrorAlert } from '../ui/ErrorAlert';

/**
 * "Join with a code": the 8 characters the Lead Reviewer shows beside each invite link, typed on a
 * phone instead of a 200-character link. The relay gives back the link the code stands for, which
 * opens the board as the link would.
 */
export function JoinCodeForm() {
  const [typed, setTyped] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (normalizeJoinCode(typed) === null) {
      setError('A join code is 8 letters and digits, like 7KQ2-M9XD. Check it with the Lead Reviewer.');
      return;
    }
    setChecking(true);
    setError(null);
    resolveJoinCode(typed).then(
      (found) => navigate(`${boardPath(found.boardId)}#invite=${found.invite.token}`),
      (failure: unknown) => {
        setChecking(false);
        setError(errorMessage(failure));
      },
    );
  };

  return (
    <form className="card join-by-code" onSubmit={submit} noValidate aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="card__title">
        Join with a code
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          Join code
        </label>
        <p className="field__hint" id={hintId}>
          The 8 letters and digits under the QR code, like 7KQ2-M9XD
        </p>
        <div className="join-by-code__row">
          <input
            id={inputId}
            className="input join-by-code__input"
            type="text"
            name="joinCode"
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={20}
            value={typed}
            aria-describedby={hintId}
            aria-invalid={error !== null}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={checking}>
            {checking ? 'Checking…' : 'Join'}
          </button>
        </div>
      </div>
      {error ? <ErrorAlert title="That code did not open a board">{error}</ErrorAlert> : null}
    </form>
  );
}
