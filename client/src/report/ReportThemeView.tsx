import { memo } from 'react';
import type { Theme } from '@washup/shared/board';
import { evidenceNumbersLabel, hostAgreementLabel, votesLabel, type ReportTheme } from '@washup/shared/report';
import { HostComments } from '../hostPartner/HostComments';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { Paragraphs } from './Paragraphs';
import { ReportComments } from './flow/ReportComments';
import { HostAgreementControl } from './HostAgreementControl';
import { ThemeWordingEditor } from './ThemeWordingEditor';

interface Props {
  theme: ReportTheme;
  /** The stored theme, for the editors; undefined once a peer deleted it. */
  record: Theme | undefined;
  editable: boolean;
  /** Votes and triangulation, as the reader chose (`Report.includesFigures`). */
  includesFigures: boolean;
}

/** One strength or next step: its wording, where it stands with the host, and the numbers of the evidence it rests on (listed in the appendix). */
function ReportThemeViewUnmemoised({ theme, record, editable, includesFigures }: Props) {
  const { identity } = useBoardConnection();
  const titleId = `report-theme-${theme.themeId}`;
  return (
    <article className="report-theme" aria-labelledby={titleId}>
      <h5 id={titleId} className="report-theme__title">
        {theme.title}
      </h5>
      {theme.wording !== theme.title ? <Paragraphs text={theme.wording} className="report-theme__wording" /> : null}
      {editable && record ? <ThemeWordingEditor theme={record} label={theme.title} /> : null}
      <dl className="report-theme__facts">
        <div>
          <dt>Host agreement</dt>
          <dd data-agreement={theme.hostAgreement.state}>{hostAgreementLabel(theme.hostAgreement)}</dd>
        </div>
        {includesFigures ? (
          <>
            <div>
              <dt>Votes</dt>
              <dd>{votesLabel(theme)}</dd>
            </div>
            <div>
              <dt>Triangulation</dt>
              <dd>{theme.triangulation}</dd>
            </div>
          </>
        ) : null}
        {theme.evidence.length > 0 ? (
          <div>
            <dt>Evidence</dt>
            <dd className="report-theme__evidence">{evidenceNumbersLabel(theme)}</dd>
          </div>
        ) : null}
      </dl>
      {identity.role === 'host' ? <HostAgreementControl theme={{ id: theme.themeId }} label={theme.title} /> : null}
      <HostComments themeId={theme.themeId} label={theme.title} />
      <ReportComments target={{ kind: 'theme', themeId: theme.themeId }} label={theme.title} />
    </article>
  );
}

/** Rendered again only when its own data changed, not at every keystroke in the report's narrative. */
export const ReportThemeView = memo(ReportThemeViewUnmemoised);
