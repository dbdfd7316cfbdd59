import { describe, expect, it } from 'vitest';
import { pastSessionOf } from '../../src/relayDoc/pastSessionOf';
import { redactedReport } from '../../src/report/redactedReport';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { sessionOutcomes } from '../../src/report/sessionOutcomes';
import type { PstbState } from '../../src/pstb/pstbState';
import { act as actInCouncil, endTurn, inRoundOne, presenter as councilPresenter } from '../council/support/councilFixtures';
import { act, advancedTo, newPstb, presenter, t0 } from '../pstb/support/pstbFixtures';
import { generatedAt, qaBoard } from './support/reportBoard';

const minute = 60_000;

/** A PSTB session set up at `at` on `problem`, whose owner chose `ideaId`, moved on to `phase`. */
function pstbChoosing(sessionId: string, problem: string, ideaId: string, at: number, phase: PstbState['phase']): PstbState {
  let pstb = advancedTo('problem', newPstb({ sessionId }, at), at);
  pstb = act(pstb, { type: 'pstb.setProblem', problem }, at, presenter);
  pstb = advancedTo('selection', pstb, at + minute);
  pstb = act(pstb, { type: 'pstb.selectIdea', ideaId }, at + minute, presenter);
  return advancedTo(phase, pstb, at + 2 * minute);
}

function boardWithIdeas() {
  const board = qaBoard();
  const idea = (id: string, sessionId: string, round: number) =>
    board.put('ideas', { id, sessionId, round, authorId: 'rev-1', authorName: 'Rae Reviewer', text: `Idea ${id}`, capturedBy: 'rev-2', capturedAt: 1 });
  idea('first-idea', 'pstb-first', 0);
  idea('second-idea', 'pstb-second', 0);
  idea('council-idea', 'council-1', 1);
  board.put('actions', { id: 'a1', sessionId: 'pstb-first', ideaId: 'first-idea', what: 'Pilot the first idea', who: 'Deputy head', when: 'January' });
  board.put('actions', { id: 'a2', sessionId: 'pstb-second', ideaId: 'second-idea', what: 'Try the second idea', who: 'Head', when: 'March' });
  return board;
}

describe("earlier sessions' outcomes in the report", () => {
  it('reports every earlier session with a choice beside the current ones, earliest first', () => {
    const first = pstbChoosing('pstb-first', 'How do I first?', 'first-idea', t0, 'closed');
    let council = inRoundOne({ sessionId: 'council-1', rounds: 1 }, t0 + 10 * minute);
    council = endTurn(council, 'council.done', t0 + 11 * minute);
    council = endTurn(council, 'council.done', t0 + 11 * minute);
    council = actInCouncil(council, { type: 'council.selectIdea', ideaId: 'council-idea' }, t0 + 12 * minute, councilPresenter);
    const second = pstbChoosing('pstb-second', 'How do I second?', 'second-idea', t0 + 20 * minute, 'actions');
    const pastSessions = { sessions: [pastSessionOf(first, t0 + 20 * minute), pastSessionOf(council, t0 + 30 * minute)] };

    const report = redactedReport(boardWithIdeas(), { votes: undefined, council: undefined, pstb: second, pastSessions, now: generatedAt, includeInterpretation: false, includeFigures: true });
    expect(report.outcomes.map((outcome) => outcome.question)).toEqual(['How do I first?', council.question, 'How do I second?']);
    expect(report.outcomes.map((outcome) => outcome.record.underWayAt)).toEqual([null, null, 'action planning']);
    const text = renderMarkdown(report);
    expect(text).toContain('Idea first-idea');
    expect(text).toContain('Pilot the first idea');
    expect(text).toContain('Idea council-idea');
    expect(text).toContain('Try the second idea');
  });

  it('leaves out an earlier session in which nothing was chosen', () => {
    const replacedEarly = pastSessionOf(newPstb({ sessionId: 'pstb-first' }, t0), t0 + minute);
    expect(sessionOutcomes(undefined, undefined, generatedAt, [replacedEarly])).toEqual([]);
  });

  it('reads a report with no history as before', () => {
    const pstb = pstbChoosing('pstb-second', 'How do I second?', 'second-idea', t0, 'closed');
    expect(sessionOutcomes(undefined, pstb, generatedAt, [])).toEqual(sessionOutcomes(undefined, pstb, generatedAt));
  });
});
