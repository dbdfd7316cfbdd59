import { describe, expect, it } from 'vitest';
import type { ReportComment } from '../../src/reportFlow/reportFlowState';
import { redactedReport } from '../../src/report/redactedReport';
import { addRedaction } from '../../src/report/redactionList';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { defaultReportChoices } from '../../src/report/reportChoices';
import { reportCanvasImage, reportCanvasMarkdown } from '../../src/report/reportPicture';
import { addTheme, generatedAt, hostHana, qaBoard, sourcedCards } from './support/reportBoard';

const lee = { participantId: 'p-lee', name: 'Lee', role: 'facilitator' as const };

const comment = (id: string, target: ReportComment['target'], text: string, at: number, overrides: Partial<ReportComment> = {}): ReportComment => ({
  id,
  target,
  text,
  by: hostHana,
  at,
  version: 1,
  resolved: null,
  ...overrides,
});

function commentedBoard() {
  const board = qaBoard();
  addTheme(board, { id: 'A', headingId: 'lead', lane: 'strengths', order: 'a0', title: 'Reading culture', cards: sourcedCards(2, 'Observed') });
  addRedaction(board, { name: 'Hana', replacement: 'the headteacher' });
  addRedaction(board, { name: 'Amy', replacement: 'the class teacher' });
  const comments = [
    comment('c3', { kind: 'theme', themeId: 'gone' }, 'This theme was merged', 3),
    comment('c1', { kind: 'theme', themeId: 'A' }, 'Amy started in September, not July', 1),
    comment('c2', { kind: 'heading', headingId: 'lead' }, 'Please name the reading lead', 2, { by: lee, resolved: { by: lee, at: Date.UTC(2025, 10, 23, 12) } }),
    comment('c4', { kind: 'report' }, 'Thank you all', 4),
  ];
  return { board, comments };
}

const inputs = { votes: null, council: undefined, pstb: undefined, now: generatedAt, ...defaultReportChoices };

describe('comments in the report', () => {
  it('are left out unless given, so the host’s copy (and what the host agrees) never carries them', () => {
    const { board } = commentedBoard();
    const report = redactedReport(board, inputs);
    expect(report.comments).toEqual([]);
    expect(renderMarkdown(report)).not.toContain('## Comments');
  });

  it('are anchored to their theme or heading, oldest first; one on a part the report no longer has goes to the whole report, saying so', () => {
    const { board, comments } = commentedBoard();
    const notes = redactedReport(board, { ...inputs, comments }).comments;
    expect(notes.map((note) => [note.commentId, note.headingId, note.themeId, note.about])).toEqual([
      ['c1', null, 'A', 'Reading culture'],
      ['c2', 'lead', null, 'Leadership at all levels'],
      ['c3', null, null, 'a theme no longer in the report'],
      ['c4', null, null, 'the whole report'],
    ]);
  });

  it('print in the Markdown with their words and author redacted, resolved ones saying who resolved them', () => {
    const { board, comments } = commentedBoard();
    const markdown = renderMarkdown(redactedReport(board, { ...inputs, comments }));
    expect(markdown).not.toMatch(/Hana|Amy/);
    expect(markdown).toContain('## Comments');
    expect(markdown).toContain('- **On Reading culture:** the class teacher started in September, not July  \n  _the headteacher (Host leader), 1 January 1970, on version 1_');
    expect(markdown).toContain('- **On Leadership at all levels:** Please name the reading lead  \n  _Lee (Lead Reviewer), 1 January 1970, on version 1; resolved by Lee, 23 November 2025_');
    expect(markdown).toContain('- **On the whole report:** Thank you all');
  });
});

describe('the canvas image under a redaction list', () => {
  const picture = { png: new Uint8Array([1, 2, 3]), w: 10, h: 10 };

  it('is shown while the board redacts no name', () => {
    expect(reportCanvasImage(picture, [])).toEqual({ kind: 'picture', picture });
  });

  it('is left out, in every output, with the line saying why, once the list names anyone', () => {
    const image = reportCanvasImage(picture, [{ name: 'Amy', replacement: 'the class teacher' }, { name: 'Hana', replacement: 'the headteacher' }]);
    expect(image).toMatchObject({ kind: 'left out' });
    const markdown = reportCanvasMarkdown(image, () => 'AQID');
    expect(markdown).not.toContain('data:image/png');
    expect(markdown).toContain('## The canvas\n\n_The canvas image is left out of this report: it is a picture, so the 2 names this report redacts cannot be taken out of it');
  });
});
