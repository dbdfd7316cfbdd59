import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport';
import { draftedNarrative, printedNarrative, reportCitations, storedNarrative } from '../../src/report/narrativeReferences';
import { redactReport } from '../../src/report/redactReport';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { addTheme, generatedAt, publicRound, qaBoard, sourcedCards } from './support/reportBoard';

function reviewWithNarrative() {
  const board = qaBoard();
  addTheme(board, { id: 'A', headingId: 'lead', lane: 'strengths', order: 'a0', title: 'Reading culture', summary: 'Leaders built a reading culture', cards: sourcedCards(2, 'Reading') });
  addTheme(board, { id: 'B', headingId: 'lead', lane: 'strengths', order: 'a1', title: 'Staff development', summary: 'Staff are developed well.', cards: sourcedCards(1, 'Staff') });
  addTheme(board, { id: 'C', headingId: 'lead', lane: 'nextSteps', order: 'a0', title: 'Marking', cards: sourcedCards(1, 'Marking') });
  const votes = { rounds: [publicRound('r1', 1, [{ themeId: 'B', votes: 5 }])] };
  return { board, votes };
}

describe('the report narrative', () => {
  it('drafts a heading from its themes in vote order, citing each theme’s evidence by card', () => {
    const { board, votes } = reviewWithNarrative();
    const report = buildReport(board, { generatedAt, votes });
    const leadership = report.sections.find((section) => section.headingId === 'lead')!;
    const drafted = draftedNarrative(leadership);
    const { numberOf } = reportCitations(report);
    // B has the votes, so it comes first, and its card is [1].
    expect(printedNarrative(drafted, numberOf)).toBe('What went well: Staff are developed well [1]. Leaders built a reading culture [2][3].\n\nEven better if: Marking [4].');
    expect(drafted).toMatch(/\[#[^\]]+\]/);
  });

  it('keeps citations with their cards when the numbering changes, and says when a card is no longer cited', () => {
    const { board, votes } = reviewWithNarrative();
    const before = buildReport(board, { generatedAt, votes });
    const stored = storedNarrative('As seen in [2] and [3], and [9] is not a card.', reportCitations(before).cardOf);
    board.put('reportTexts', { id: 'heading:lead', text: stored });
    board.put('reportTexts', { id: 'summary', text: `Overall strong ${stored.slice(0, stored.indexOf(' and'))}.` });
    // Without the vote, A comes first: its cards become [1] and [2].
    const after = buildReport(board, { generatedAt });
    expect(after.sections.find((section) => section.headingId === 'lead')!.narrative).toBe('As seen in [1] and [2], and [9] is not a card.');
    expect(after.narrative.summary).toBe('Overall strong As seen in [1].');
    const firstCard = [...reportCitations(after).cardOf.values()][0]!;
    board.remove('cards', firstCard);
    expect(buildReport(board, { generatedAt }).narrative.summary).toBe('Overall strong As seen in [not cited].');
  });

  it('prints the title block, context, summary and each heading’s narrative in every format, redacted', () => {
    const { board, votes } = reviewWithNarrative();
    board.put('reportTexts', { id: 'dates', text: '3–4 December 2026' });
    board.put('reportTexts', { id: 'team', text: 'Lee Morgan, Lead Reviewer\nPat Quinn, peer reviewer' });
    board.put('reportTexts', { id: 'context', text: 'A two-form entry primary school where Amy leads reading.' });
    board.put('reportTexts', { id: 'summary', text: 'The school knows itself well.' });
    board.put('reportTexts', { id: 'heading:lead', text: 'Leadership is strong.' });
    board.put('redactions', { id: 'r1', name: 'Amy', replacement: 'the English lead' });
    const report = redactReport(buildReport(board, { generatedAt, votes }), [{ name: 'Amy', replacement: 'the English lead' }]);
    const text = renderMarkdown(report);
    expect(text).toContain('**Dates:** 3–4 December 2026  \n**Review team:** Lee Morgan, Lead Reviewer; Pat Quinn, peer reviewer  \n');
    expect(text).toContain('## Context\n\nA two-form entry primary school where the English lead leads reading.\n\n## Summary\n\nThe school knows itself well.');
    expect(text).toContain('## Leadership at all levels\n\n');
    expect(text).toContain('Leadership is strong.\n\n### What went well');
    expect(text).not.toContain('Amy');
    expect(text).not.toContain('Host leaders');
  });
});
