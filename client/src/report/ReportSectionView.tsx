import type { Theme } from '@washup/shared/board';
import { draftedNarrative, type ReportSection } from '@washup/shared/report';
import { WrittenParagraphs } from '../narrative/WrittenParagraphs';
import { EstimateControl } from './EstimateControl';
import { ReportComments } from './flow/ReportComments';
import { ReportPart } from './ReportPart';
import { ReportTextEditor } from './ReportTextEditor';
import { ReportThemeView } from './ReportThemeView';

interface Props {
  section: ReportSection;
  editable: boolean;
  themes: ReadonlyMap<string, Theme>;
  includesFigures: boolean;
  /** Whether this person writes the heading's narrative (the team, until a version is final). */
  writable: boolean;
  citations: Parameters<typeof ReportTextEditor>[0]['citations'];
}

/** One heading of the report: its estimate (when its template has a scale), narrative, strengths, then next steps. */
export function ReportSectionView({ section, editable, writable, citations, themes, includesFigures }: Props) {
  return (
    <ReportPart titleId={`report-heading-${section.headingId}`} title={section.title} panel={section.panel} className="report-heading">
      {section.description ? <p className="report-heading__description">{section.description}</p> : null}
      {section.estimate ? <EstimateControl headingId={section.headingId} title={section.title} estimate={section.estimate} writable={writable} /> : null}
      {section.narrative || writable ? <WrittenParagraphs part={`heading:${section.headingId}`} text={section.narrative} className="report__narrative" /> : null}
      {writable ? (
        <ReportTextEditor
          part={`heading:${section.headingId}`}
          printed={section.narrative}
          citations={citations}
          drafted={draftedNarrative(section)}
          hint="Strengths and next steps in the team's words. Cite evidence by its number in brackets, e.g. [3]; the citation follows the card."
        />
      ) : null}
      <ReportComments target={{ kind: 'heading', headingId: section.headingId }} label={section.title} />
      {section.lanes.map((lane) => (
        <div key={lane.lane} className="report-lane" data-lane={lane.lane}>
          <h4 className="report-lane__title">{lane.label}</h4>
          {lane.themes.length > 0 ? (
            lane.themes.map((theme) => <ReportThemeView key={theme.themeId} theme={theme} record={themes.get(theme.themeId)} editable={editable} includesFigures={includesFigures} />)
          ) : (
            <p className="report-lane__empty">None recorded.</p>
          )}
        </div>
      ))}
    </ReportPart>
  );
}
