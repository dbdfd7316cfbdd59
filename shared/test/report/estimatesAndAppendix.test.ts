import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stampVersion } from '../../src/records/readVersioned';
import { recordKinds } from '../../src/board/storedRecords';
import { buildReport } from '../../src/report/buildReport';
import { reportCitations } from '../../src/report/narrativeReferences';
import { redactReport } from '../../src/report/redactReport';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { evidenceAppendixChoices } from '../../src/report/reportChoices';
import { estimateLabel } from '../../src/report/reportEstimate';
import { addTheme, generatedAt, qaBoard, sourcedCards } from './support/reportBoard';

/** A QA board with four numbered cards: three under Leadership, one in the Area of Excellence. */
function reviewedBoard() {
  const board = qaBoard();
  addTheme(board, { id: 'A', headingId: 'lead', lane: 'strengths', order: 'a0', title: 'Reading culture', cards: sourcedCards(3, 'Observed') });
  addTheme(board, { id: 'E', headingId: 'aoe', lane: 'strengths', order: 'a0', title: 'Oracy', cards: sourcedCards(1, 'Oracy') });
  return board;
}

const cardIds = (board: ReturnType<typeof qaBoard>) => reportCitations(buildReport(board, { generatedAt })).cardOf;

describe('estimates in the report', () => {
  it('holds the point set for each prescribed heading, "Not yet estimated" for the others, nothing for the panel', () => {
    const board = reviewedBoard();
    board.put('estimates', { id: 'lead', point: 'Effective' });
    const report = buildReport(board, { generatedAt });
    const byHeading = new Map(report.sections.map((section) => [section.headingId, section.estimate]));
    expect(byHeading.get('lead')).toEqual({ scale: ['Leading', 'Effective', 'Working towards effective', 'Not effective'], point: 'Effective', onScale: true });
    expect(byHeading.get('prov')?.point).toBeNull();
    expect(byHeading.get('aoe')).toBeNull();
    const text = renderMarkdown(report);
    expect(text).toContain('## Leadership at all levels\n\n**Estimate:** Effective');
    expect(text).toContain('## Quality of provision and outcomes\n\n**Estimate:** Not yet estimated');
  });

  it('shows a stored point the scale does not hold as unreadable, with what was stored, never dropping it', () => {
    const board = reviewedBoard();
    board.put('estimates', { id: 'prov', point: 'Outstanding' });
    const estimate = buildReport(board, { generatedAt }).sections.find((section) => section.headingId === 'prov')?.estimate;
    expect(estimate?.onScale).toBe(false);
    expect(estimateLabel(estimate!)).toBe('Unreadable: “Outstanding” is not on this review’s scale (Leading, Effective, Working towards effective, Not effective)');
    expect(renderMarkdown(buildReport(board, { generatedAt }))).toContain('**Estimate:** Unreadable: “Outstanding”');
  });

  it('prints no estimate on a board whose template has no scale', () => {
    const board = reviewedBoard();
    board.setMeta({ ...board.meta!, templateId: 'trust-peer-review' });
    board.put('estimates', { id: 'lead', point: 'Effective' });
    const report = buildReport(board, { generatedAt });
    expect(report.sections.map((section) => section.estimate)).toEqual([null, null, null]);
    expect(renderMarkdown(report)).not.toContain('Estimate');
  });

  it('keeps what an estimate means through redaction, even when a redacted name is a word of the scale', () => {
    const board = reviewedBoard();
    board.put('estimates', { id: 'lead', point: 'Effective' });
    const redacted = redactReport(buildReport(board, { generatedAt }), [{ name: 'Effective', replacement: 'X' }]);
    expect(redacted.sections[0]?.estimate).toEqual({ scale: ['Leading', 'X', 'Working towards X', 'Not X'], point: 'X', onScale: true });
  });

  it('reads an estimate record through its versioned kind, and skips a hostile one by name', () => {
    const kind = recordKinds.estimates;
    expect(stampVersion(kind, { id: 'lead', point: 'Leading' })).toEqual({ id: 'lead', point: 'Leading', v: 1 });
    const board = reviewedBoard();
    board.doc.getArray('estimates').push([{ key: 'prov', val: { id: 'prov', point: { deep: ['Leading'] } } }]);
    const report = buildReport(board, { generatedAt });
    expect(report.sections.find((section) => section.headingId === 'prov')?.estimate?.point).toBeNull();
    expect(report.unreadableNote).toBe('1 estimate could not be read and is left out of this report.');
  });
});

describe('the evidence appendix', () => {
  it('lists every card, only the cards a narrative cites, or none, as chosen', () => {
    const board = reviewedBoard();
    const cards = cardIds(board);
    board.put('reportTexts', { id: 'summary', text: `Leaders lead reading [#${cards.get(3)!}].` });
    board.put('reportTexts', { id: 'heading:aoe', text: `Oracy shines [#${cards.get(4)!}][#${cards.get(3)!}].` });
    const appendix = (choice: (typeof evidenceAppendixChoices)[number]) => buildReport(board, { generatedAt, evidenceAppendix: choice }).evidenceAppendix;
    expect(appendix('all')?.references.map((reference) => reference.number)).toEqual([1, 2, 3, 4]);
    expect(appendix('cited')).toMatchObject({ citedOnly: true });
    expect(appendix('cited')?.references.map((reference) => reference.number)).toEqual([3, 4]);
    expect(appendix('none')).toBeNull();
    expect(buildReport(board, { generatedAt, evidenceAppendix: 'cited' }).narrative.summary).toBe('Leaders lead reading [3].');
    const cited = renderMarkdown(buildReport(board, { generatedAt, evidenceAppendix: 'cited' }));
    expect(cited).toContain('## Evidence cited');
    expect(cited).toContain('- [3] Observed 3 (work scrutiny)\n- [4] Oracy 1 (lesson visit)');
    expect(cited).not.toContain('- [1] ');
    // Each theme still cites its cards by number, whichever appendix is chosen.
    const none = renderMarkdown(buildReport(board, { generatedAt, evidenceAppendix: 'none' }));
    expect(none).toContain('- **Evidence:** [1] [2] [3]');
    expect(none).not.toMatch(/## Evidence|- \[1\] Observed/);
  });

  it('keeps every number the same whichever appendix is chosen, so a narrative means the same card (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 5 }),
        fc.subarray([...evidenceAppendixChoices], { minLength: 2, maxLength: 3 }),
        (cited, choices) => {
          const board = reviewedBoard();
          const cards = cardIds(board);
          board.put('reportTexts', { id: 'heading:lead', text: cited.map((number) => `See [#${cards.get(number)!}].`).join(' ') });
          const reports = choices.map((choice) => buildReport(board, { generatedAt, evidenceAppendix: choice }));
          const narratives = reports.map((report) => report.sections.find((section) => section.headingId === 'lead')?.narrative);
          expect(new Set(narratives).size).toBe(1);
          for (const report of reports) {
            for (const reference of report.evidenceAppendix?.references ?? []) expect(cards.get(reference.number)).toBe(reference.cardId);
            if (report.evidenceAppendix?.citedOnly) expect(report.evidenceAppendix.references.map((reference) => reference.number)).toEqual([...new Set(cited)].sort());
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
