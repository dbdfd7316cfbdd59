import { hostCommentsOn, maxHostCommentLength } from '@washup/shared/hostPartner';
import { useCommand } from '../commands/useCommand';
import { useRedactor } from '../report/useRedactor';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { dayAndTime } from '../ui/dayAndTime';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextSubmitForm } from '../ui/TextSubmitForm';
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
  const redactor = useRedactor();
  const command = useCommand();
  const host = identity.role === 'host';
  if (comments.length === 0 && !host) return null;

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
        <TextSubmitForm label={`Host comment on ${label}`} maxLength={maxHostCommentLength} submitLabel="Send host comment" busy={command.busy} onSubmit={(text, clear) => command.send({ type: 'host.commentTheme', themeId, text }, clear)} />
      ) : null}
      {command.error ? <ErrorAlert title="Not saved">{command.error}</ErrorAlert> : null}
    </div>
  );
}
