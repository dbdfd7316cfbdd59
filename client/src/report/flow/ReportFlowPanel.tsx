import { useState } from 'react';
import { roleLabels, type Role } from '@washup/shared/auth';
import { agreedCopyText, canDownloadReport, defaultReportChoices, evidenceAppendixChoiceLabels, type EvidenceAppendixChoice, type ReportFormat } from '@washup/shared/report';
import { agreementStanding, type AgreementStanding, type ReportAgreement, type ReportFlowCommand } from '@washup/shared/reportFlow';
import { useCommand } from '../../commands/useCommand';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { dayAndTime } from '../../ui/dayAndTime';
import { errorMessage } from '../../api/ApiRequestError';
import { useBoardConnection } from '../../sync/BoardConnectionContext';
import { downloadReport } from '../downloadReport';
import { ReportComments } from './ReportComments';
import { stageExplanations, stageLabels, stepSentence } from './reportFlowLabels';
import type { ReportFlowView } from './useReportFlow';
import { VersionDifference } from './VersionDifference';
import './reportFlow.css';

const standingWords: Record<AgreementStanding, string> = {
  current: 'agreed this text',
  'earlier text': 'agreed an earlier text: the report has changed since',
  'not yet': 'has not agreed yet',
};

function AgreementLine({ side, agreement, fingerprint }: { side: string; agreement: ReportAgreement | null; fingerprint: string }) {
  const standing = agreementStanding(agreement, fingerprint);
  return (
    <li data-standing={standing}>
      <strong>{side}</strong> {agreement ? `${agreement.by.name} ` : ''}
      {standingWords[standing]}
      {agreement ? <span className="muted"> · {dayAndTime(agreement.at)}</span> : null}
    </li>
  );
}

/**
 * Where the report stands (draft, shared with the host, agreed, final) with the steps each
 * person may take now, the record of who did what when, the final versions to download, and what
 * has changed since the last one.
 */
export function ReportFlowPanel({ view, role, appendix }: { view: ReportFlowView; role: Role; appendix: EvidenceAppendixChoice }) {
  const { flow, fingerprint } = view;
  const command = useCommand();
  const { boardId, identity } = useBoardConnection();
  const [downloading, setDownloading] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  // A final version is the host's copy as agreed; only the evidence appendix is the reader's choice, as for the draft.
  const downloadVersion = (version: number, format: ReportFormat) => {
    setDownloading(`${version}.${format}`);
    setDownloadError(null);
    downloadReport(boardId, identity.token, format, { ...defaultReportChoices, evidenceAppendix: appendix }, version)
      .catch((failure: unknown) => setDownloadError(errorMessage(failure)))
      .finally(() => setDownloading(null));
  };
  const [showDifference, setShowDifference] = useState(false);
  const lead = role === 'facilitator';
  const lastFinal = flow.finals.at(-1);
  const changedSinceFinal = lastFinal !== undefined && lastFinal.fingerprint !== fingerprint;
  const bothCurrent = agreementStanding(flow.agreements.host, fingerprint) === 'current' && agreementStanding(flow.agreements.lead, fingerprint) === 'current';
  const mayAgree = (role === 'host' || lead) && (flow.stage === 'shared' || flow.stage === 'agreed');
  const ownAgreement = role === 'host' ? flow.agreements.host : lead ? flow.agreements.lead : null;
  const send = (body: ReportFlowCommand) => command.send(body);

  const actions: Array<{ label: string; body: ReportFlowCommand; primary?: boolean }> = [];
  if (lead && flow.stage === 'draft') actions.push({ label: 'Share with the host', body: { type: 'report.share' }, primary: true });
  if (mayAgree && agreementStanding(ownAgreement, fingerprint) !== 'current') actions.push({ label: 'Agree this text', body: { type: 'report.agree' }, primary: true });
  if (lead && flow.stage !== 'final' && bothCurrent) actions.push({ label: `Make version ${flow.version} final`, body: { type: 'report.finalise' }, primary: true });
  if (lead && flow.stage === 'final') actions.push({ label: `Start version ${flow.version + 1}`, body: { type: 'report.nextVersion' } });

  return (
    <section className="report-panel report-flow no-print" aria-labelledby="report-flow-title" data-stage={flow.stage}>
      <h2 id="report-flow-title" className="section-title">
        Version {flow.version} · <span className="report-flow__stage">{stageLabels[flow.stage]}</span>
      </h2>
      <p className="muted">{stageExplanations[flow.stage]}</p>
      {flow.stage !== 'draft' ? (
        <ul className="report-flow__agreements" aria-label="Agreements">
          <AgreementLine side={`${roleLabels.host}:`} agreement={flow.agreements.host} fingerprint={fingerprint} />
          <AgreementLine side={`${roleLabels.facilitator}:`} agreement={flow.agreements.lead} fingerprint={fingerprint} />
        </ul>
      ) : null}
      {changedSinceFinal && lastFinal ? (
        <p className="report-flow__changed" role="status">
          The report has changed since version {lastFinal.version} was made final.{' '}
          <button type="button" className="button button--ghost button--small" aria-expanded={showDifference} onClick={() => setShowDifference((shown) => !shown)}>
            {showDifference ? 'Hide the changes' : `Show what changed since version ${lastFinal.version}`}
          </button>
        </p>
      ) : null}
      {showDifference && changedSinceFinal && lastFinal ? <VersionDifference before={lastFinal} afterText={agreedCopyText(view.hostCopy, view.picture)} /> : null}
      {actions.length > 0 ? (
        <div className="report-flow__actions">
          {actions.map((action) => (
            <button
              key={action.body.type}
              type="button"
              className={`button button--small ${action.primary ? 'button--primary' : 'button--secondary'}`}
              disabled={command.busy}
              onClick={() => send(action.body)}
            >
              {action.label}
            </button>
          ))}
        </div>
      ) : null}
      {command.error ? <ErrorAlert title="That step was not taken">{command.error}</ErrorAlert> : null}
      {flow.finals.length > 0 ? (
        <div className="report-flow__finals">
          <h3 className="report-flow__subtitle">Final versions</h3>
          {canDownloadReport(role) ? <p className="muted">Downloads list the evidence as chosen above: {evidenceAppendixChoiceLabels[appendix].toLowerCase()}.</p> : null}
          <ul>
            {flow.finals.map((final) => (
              <li key={final.version}>
                Version {final.version}, made final by {final.by.name} · {dayAndTime(final.at)}{' '}
                {canDownloadReport(role) ? (
                  <>
                    <button type="button" className="button button--ghost button--small" disabled={downloading !== null} onClick={() => downloadVersion(final.version, 'md')}>
                      {downloading === `${final.version}.md` ? 'Preparing…' : `Download version ${final.version} (.md)`}
                    </button>
                    {/* Word is made from the report as it reads now, so only while that is still this version's text. */}
                    {final.fingerprint === fingerprint ? (
                      <button type="button" className="button button--ghost button--small" disabled={downloading !== null} onClick={() => downloadVersion(final.version, 'docx')}>
                        {downloading === `${final.version}.docx` ? 'Preparing…' : `Download version ${final.version} (.docx)`}
                      </button>
                    ) : (
                      <span className="muted"> (kept as its agreed Markdown: the report has changed since)</span>
                    )}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {downloadError ? <ErrorAlert title="That version could not be downloaded">{downloadError}</ErrorAlert> : null}
        </div>
      ) : null}
      {flow.steps.length > 0 ? (
        <details className="report-flow__record">
          <summary>Record ({flow.steps.length})</summary>
          <ol>
            {flow.steps.map((step, at) => (
              <li key={at}>
                Version {step.version}: {stepSentence(step, roleLabels[step.by.role])} · <span className="muted">{dayAndTime(step.at)}</span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <ReportComments target={{ kind: 'report' }} label="the whole report" />
    </section>
  );
}
