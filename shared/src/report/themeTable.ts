import type { HostAgreement } from '../board/records';
import { hostAgreementLabel, sourcesLabel, votesLabel } from './reportLabels';
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

/** A column of the summary table, named by the row field it shows. */
export type ThemeTableColumn = 'heading' | 'lane' | 'theme' | 'votes' | 'triangulation' | 'hostAgreement';

const columnLabels: Record<ThemeTableColumn, string> = {
  heading: 'Heading',
  lane: 'Lane',
  theme: 'Theme',
  votes: 'Votes',
  triangulation: 'Triangulation',
  hostAgreement: 'Host agreement',
};

const figureColumns: ReadonlySet<ThemeTableColumn> = new Set(['votes', 'triangulation']);

/** The summary table's columns, in order: the figures' columns only when the report includes figures. */
export function themeTableColumns(report: Pick<Report, 'includesFigures'>): Array<{ key: ThemeTableColumn; label: string }> {
  return (Object.keys(columnLabels) as ThemeTableColumn[])
    .filter((key) => report.includesFigures || !figureColumns.has(key))
    .map((key) => ({ key, label: columnLabels[key] }));
}

/** Every theme of the report, in reading order, as the overview table shows it; print the columns `themeTableColumns` gives. */
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
        hostAgreement: hostAgreementLabel(theme.hostAgreement),
        agreement: theme.hostAgreement.state,
      })),
    ),
  );
}
