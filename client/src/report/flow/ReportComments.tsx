import { useState } from 'react';
import { roleLabels } from '@washup/shared/auth';
import { reportFlowEntry } from '@washup/shared/relayDoc';
import { emptyReportFlow, maxCommentLength, reportCommentRoles, type ReportCommentTarget } from '@washup/shared/reportFlow';
import { useCommand } from '../../commands/useCommand';
import { useBoardConnection } from '../../sync/BoardConnectionContext';
import { useRelayDocValue } from '../../sync/useRelayDocValue';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { dayAndTime } from '../../ui/dayAndTime';
import { TextSubmitForm } from '../../ui/TextSubmitForm';
import { useRedactor } from '../useRedactor';

interface Props {
  target: ReportCommentTarget;
  /** What the comments are about, for their labels: "the whole report", "A strong reading culture". */
  label: string;
}

function sameTarget(a: ReportCommentTarget, b: ReportCommentTarget): boolean {
  if (a.kind === 'theme' && b.kind === 'theme') return a.themeId === b.themeId;
  if (a.kind === 'heading' && b.kind === 'heading') return a.headingId === b.headingId;
  return a.kind === b.kind;
}

/**
 * The comments on one part of the report (the host's, for factual accuracy, and the team's), shown
 * redacted like the report itself, with a box to add one while the version is not final.
 */
export function ReportComments({ target, label }: Props) {
  const { identity } = useBoardConnection();
  const role = identity.role;
  const flow = useRelayDocValue(reportFlowEntry) ?? emptyReportFlow;
  const redactor = useRedactor();
  const command = useCommand();
  const [open, setOpen] = useState(false);
  const comments = flow.comments.filter((comment) => sameTarget(comment.target, target));
  const mayComment = reportCommentRoles.includes(role) && flow.stage !== 'final' && !(role === 'host' && flow.stage === 'draft');
  if (comments.length === 0 && !mayComment) return null;

  return (
    <div className="report-comments no-print" aria-label={`Comments on ${label}`} role="group">
      {comments.length > 0 ? (
        <ul className="report-comments__list">
          {comments.map((comment) => (
            <li key={comment.id} className="report-comments__item" data-resolved={comment.resolved ? 'true' : undefined}>
              <p className="report-comments__who">
                <strong>{redactor.redact(comment.by.name)}</strong> <span className="muted">({roleLabels[comment.by.role]}) · {dayAndTime(comment.at)} · version {comment.version}</span>
              </p>
              <p className="report-comments__text">{redactor.redact(comment.text)}</p>
              {comment.resolved ? (
                <p className="muted">Resolved by {redactor.redact(comment.resolved.by.name)}</p>
              ) : role === 'facilitator' || comment.by.participantId === identity.participantId ? (
                <button type="button" className="button button--ghost button--small" disabled={command.busy} onClick={() => command.send({ type: 'report.resolveComment', commentId: comment.id })}>
                  Resolve
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {mayComment && !open ? (
        <button type="button" className="button button--ghost button--small" onClick={() => setOpen(true)}>
          Comment<span className="visually-hidden"> on {label}</span>
        </button>
      ) : null}
      {mayComment && open ? (
        <TextSubmitForm
          label={`Your comment on ${label}`}
          maxLength={maxCommentLength}
          rows={3}
          submitLabel="Add comment"
          busy={command.busy}
          onSubmit={(text, clear) =>
            command.send({ type: 'report.comment', target, text }, () => {
              clear();
              setOpen(false);
            })
          }
        >
          <button type="button" className="button button--ghost button--small" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </TextSubmitForm>
      ) : null}
      {command.error ? <ErrorAlert title="The comment was not saved">{command.error}</ErrorAlert> : null}
    </div>
  );
}
