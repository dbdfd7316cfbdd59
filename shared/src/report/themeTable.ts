import type { HostAgreement } from '../board/records';
import { hostAgreementLabels, sourcesLabel, votesLabel } from './reportLabels';
import type { Report } from './reportModel';

/** One row of the report's summary table of themes. */
export interface ThemeTableRow {
  themeId: string;
  heading: string;
  lane: string;
  theme: string;
  votes: string;
  triangulation: string;
  hostAgreement: string;
  agreement: HostAgreement;
}

/** Every theme of the report, in reading order, as the overview table shows it. */
export function themeTable(report: Report): ThemeTableRow[] {
  return report.sections.flatMap((section) =>
    section.lanes.flatMap((lane) =>
      lane.themes.map((theme) => ({
        themeId: theme.themeId,
        heading: section.title,
        lane: lane.label,
        theme: theme.title,
        votes: votesLabel(theme),
        triangulation: sourcesLabel(theme),
        hostAgreement: hostAgreementLabels[theme.hostAgreement],
        agreement: theme.hostAgreement,
      })),
    ),
  );
}
