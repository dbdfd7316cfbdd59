import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport';
import { redactedReport } from '../../src/report/redactedReport';
import { addRedaction } from '../../src/report/redactionList';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { addTheme, generatedAt, publicRound, qaBoard } from './support/reportBoard';

function namedBoard() {
  const board = qaBoard();
  addTheme(board, {
    id: 'T',
    headingId: 'lead',
    lane: 'strengths',
    order: 'a0',
    title: 'Mrs Patel leads reading',
    cards: [{ observation: 'Mrs Patel models questioning', interpretation: 'Mrs Patel is a strong leader' }],
  });
  addRedaction(board, { name: 'Mrs Patel', replacement: 'the reading lead' });
  return board;
}

const noRelayDoc = { votes: undefined, council: undefined, pstb: undefined } as const;

describe('redactedReport', () => {
  it('redacts every listed name from the built report, interpretations included', () => {
    const text = renderMarkdown(redactedReport(namedBoard(), { ...noRelayDoc, now: generatedAt, includeInterpretation: true, includeFigures: true }));
    expect(text).toContain('the reading lead leads reading');
    expect(text).toContain('the reading lead is a strong leader');
    expect(text).not.toMatch(/Patel/);
  });

  it('is the built report with only its printed strings changed: ids, votes and the date stay', () => {
    const board = namedBoard();
    const votes = { rounds: [publicRound('r1', 1_000, [{ themeId: 'T', votes: 3 }])] };
    const built = buildReport(board, { generatedAt, votes, includeInterpretation: false });
    const redacted = redactedReport(board, { ...noRelayDoc, votes, now: generatedAt, includeInterpretation: false, includeFigures: true });
    expect(redacted.generatedAt).toBe(built.generatedAt);
    expect(redacted.date).toBe(built.date);
    expect(redacted.evidenceCount).toBe(built.evidenceCount);
    const [theme] = redacted.sections[0]?.lanes[0]?.themes ?? [];
    expect(theme?.themeId).toBe('T');
    expect(theme?.votes).toEqual(built.sections[0]?.lanes[0]?.themes[0]?.votes);
    expect(theme?.title).toBe('the reading lead leads reading');
    expect(redacted.includesInterpretation).toBe(false);
  });

  it('reports no session outcome when the relay doc has no Council or PSTB session', () => {
    expect(redactedReport(qaBoard(), { ...noRelayDoc, now: generatedAt, includeInterpretation: false, includeFigures: true }).outcomes).toEqual([]);
  });
});
