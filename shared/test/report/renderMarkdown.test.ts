import { describe, expect, it } from 'vitest';
import { addKeyQuestion } from '../../src/board/keyQuestionOps';
import { buildReport } from '../../src/report/buildReport';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { reportFileName } from '../../src/report/reportFileName';
import { addTheme, generatedAt, hostAgrees, publicRound, qaBoard, sourcedCards } from './support/reportBoard';

function markdown(includeInterpretation = false, includeFigures = true): string {
  const board = qaBoard();
  addKeyQuestion(board, { id: 'q1', text: 'How well do leaders develop staff?', status: 'agreed' });
  addTheme(board, {
    id: 'A',
    headingId: 'lead',
    lane: 'strengths',
    order: 'a0',
    title: 'Reading *culture*',
    summary: 'Leaders have built a <b>strong</b> reading culture.\n\n2024. was the year it took hold',
    cards: [
      ...sourcedCards(2, 'Observed'),
      { observation: 'Books | tidy', interpretation: 'Pride in work', stakeholder: 'pupils', site: 'Year 5', counterEvidence: true, keyQuestionIds: ['q1'] },
    ],
  });
  addTheme(board, { id: 'E', headingId: 'aoe', lane: 'nextSteps', order: 'a0', title: 'Share oracy beyond the school', cards: sourcedCards(1, 'Oracy') });
  const votes = { rounds: [publicRound('r1', 1, [{ themeId: 'A', votes: 4 }])] };
  return renderMarkdown(buildReport(board, { generatedAt, votes, includeInterpretation, includeFigures, outcomes: [], hostPartner: hostAgrees({ A: 'agreed' }) }));
}

describe('renderMarkdown', () => {
  it('prints the title, key questions with coverage, the table of themes and each heading in order', () => {
    const text = markdown();
    expect(text.startsWith('# Riverside Academy\n\nFeedback report · QA Review (school) · 22 November 2025\n')).toBe(true);
    expect(text).toContain('1. How well do leaders develop staff?  \n   Evidence: 1 card from 1 activity (Leadership at all levels: 1;');
    expect(text).toContain('| Heading | Lane | Theme | Votes | Triangulation | Host agreement |');
    expect(text).toContain('| Leadership at all levels | What went well | Reading \\*culture\\* | 4 votes | 2 sources, 3 cards | Agreed with the host (Hana, 22 November 2025) |');
    const headings = text.split('\n').filter((line) => /^#{1,4} /.test(line));
    expect(headings).toEqual([
      '# Riverside Academy',
      '## Key questions',
      '## Summary of themes',
      '## Leadership at all levels',
      '### What went well',
      '#### Reading \\*culture\\*',
      '### Even better if',
      '## Quality of provision and outcomes',
      '### What went well',
      '### Even better if',
      '## Area of Excellence',
      '### What went well',
      '### Even better if',
      '#### Share oracy beyond the school',
      '## Evidence',
    ]);
  });

  it("cites each theme's evidence by number and lists it in the appendix, and prints board text as plain text", () => {
    const text = markdown();
    expect(text).toContain('- **Evidence:** [1] [2] [3]');
    expect(text).toContain('## Evidence\n\n_Every card the findings rest on, under the numbers the text cites them by._\n\n- [1] Observed 1');
    expect(text).toContain('- [1] Observed 1 (lesson visit)\n- [2] Observed 2 (interview)\n- [3] Books \\| tidy (lesson visit · pupils · Year 5 · counter-evidence)');
    expect(text).toContain('- [4] Oracy 1 (lesson visit)');
    expect(text).toContain('Leaders have built a \\<b\\>strong\\</b\\> reading culture.\n\n2024\\. was the year');
    expect(text).not.toContain('Interpretation');
    expect(markdown(true)).toContain('  - _Interpretation:_ Pride in work');
  });

  it('prints no votes or triangulation figures when the reader leaves them out', () => {
    const text = markdown(false, false);
    expect(text).toContain('| Heading | Lane | Theme | Host agreement |\n| --- | --- | --- | --- |');
    expect(text).toContain('| Leadership at all levels | What went well | Reading \\*culture\\* | Agreed with the host (Hana, 22 November 2025) |');
    expect(text).toContain('- **Host agreement:** Agreed with the host (Hana, 22 November 2025)');
    expect(text).not.toMatch(/Votes|Triangulation|4 votes|2 sources/);
    // The findings and their numbered evidence are all still there.
    expect(text).toContain('- [3] Books \\| tidy (lesson visit · pupils · Year 5 · counter-evidence)');
  });

  it("prints each prescribed heading's estimate, and none for the Area of Excellence", () => {
    const text = markdown();
    expect(text).toContain('## Leadership at all levels\n\n**Estimate:** Not yet estimated');
    expect(text).toContain('## Quality of provision and outcomes\n\n**Estimate:** Not yet estimated');
    expect(text).toContain('## Area of Excellence\n\nThe area the school put forward.\n\n### What went well');
  });

  it('names the file from the title and date, in safe characters only', () => {
    expect(reportFileName("St Mary's C of E (Aided) — Zoë's school / \"report\"", generatedAt, 'docx')).toBe(
      'st-mary-s-c-of-e-aided-zoe-s-school-report-feedback-report-2025-11-22.docx',
    );
    expect(reportFileName('…', generatedAt, 'md')).toBe('washup-feedback-report-2025-11-22.md');
  });
});
