import { useMemo, useState, type FormEvent } from 'react';
import { hostCommentsOn, maxHostCommentLength } from '@washup/shared/hostPartner';
import { nameRedactor } from '@washup/shared/report';
import { useCommand } from '../commands/useCommand';
import { useRedactions } from '../report/useRedactions';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { dayAndTime } from '../ui/dayAndTime';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useHostPartner } from './useHostPartner';
// The board shows these too, where the report's stylesheets are not loaded yet.
import '../report/flow/reportFlow.css';

interface Props {
  themeId: string;
  /** The theme's title, for the labels. */
  label: string;
}

/**
 * The host's comments on a theme, redacted with the board's list wherever they show, which the
 * Lead Reviewer (or the host who wrote one) resolves; the host adds one from here.
 */
export function HostComments({ themeId, label }: Props) {
  const { identity } = useBoardConnection();
  const comments = hostCommentsOn(useHostPartner(), themeId);
  const redactions = useRedactions();
  const redactor = useMemo(() => nameRedactor(redactions), [redactions]);
  const command = useCommand();
  const [text, setText] = useState('');
  const host = identity.role === 'host';
  if (comments.length === 0 && !host) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    command.send({ type: 'host.commentTheme', themeId, text }, () => setText(''));
  };

  return (
    <div className="report-comments host-comments no-print" role="group" aria-label={`Host comments on ${label}`}>
      {comments.length > 0 ? (
        <ul className="report-comments__list">
          {comments.map((comment) => (
            <li key={comment.id} className="report-comments__item" data-resolved={comment.resolved ? 'true' : undefined}>
              <p className="report-comments__who">
                <strong>{redactor.redact(comment.by.name)}</strong> <span className="muted">(host) · {dayAndTime(comment.at)}</span>
              </p>
              <p className="report-comments__text">{redactor.redact(comment.text)}</p>
              {comment.resolved ? (
                <p className="muted">Resolved by {redactor.redact(comment.resolved.by.name)}</p>
              ) : identity.role === 'facilitator' || comment.by.participantId === identity.participantId ? (
                <button type="button" className="button button--ghost button--small" disabled={command.busy} onClick={() => command.send({ type: 'host.resolveComment', commentId: comment.id })}>
                  Resolve<span className="visually-hidden"> the host’s comment on {label}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {host ? (
        <form className="report-comments__form" onSubmit={submit}>
          <label className="field">
            <span className="field__label">Host comment on {label}</span>
            <textarea className="input" value={text} onChange={(event) => setText(event.target.value)} maxLength={maxHostCommentLength} rows={2} />
          </label>
          <button type="submit" className="button button--secondary button--small" disabled={command.busy || !text.trim()}>
            {command.busy ? 'Sending…' : 'Send host comment'}
          </button>
        </form>
      ) : null}
      {command.error ? <ErrorAlert title="Not saved">{command.error}</ErrorAlert> : null}
    </div>
  );
}
