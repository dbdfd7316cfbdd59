import { describe, expect, it } from 'vitest';
import { addCard, moveCard } from '../../src/board/cardOps';
import { coverageMap } from '../../src/board/coverage';
import { addKeyQuestion } from '../../src/board/keyQuestionOps';
import { buildReport } from '../../src/report/buildReport';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { sessionOutcomes } from '../../src/report/sessionOutcomes';
import { cardInput } from '../board/support/boards';
import { act as actInCouncil, endTurn, inRoundOne, presenter, t0 } from '../council/support/councilFixtures';
import { minutes, seconds } from '../council/support/outcomes';
import { act as actInPstb, advancedTo, newPstb, presenter as pstbPresenter } from '../pstb/support/pstbFixtures';
import { addTheme, generatedAt, hostAgrees, publicRound, qaBoard, sourcedCards } from './support/reportBoard';

/** Lead strengths: A (1 source), B (3), C (1, most votes), D (3); one next step; one panel theme. */
function reviewBoard() {
  const board = qaBoard();
  addTheme(board, { id: 'A', headingId: 'lead', lane: 'strengths', order: 'a0', title: 'Theme A', cards: sourcedCards(1, 'A') });
  addTheme(board, { id: 'B', headingId: 'lead', lane: 'strengths', order: 'a1', title: 'Theme B', cards: sourcedCards(3, 'B') });
  addTheme(board, { id: 'C', headingId: 'lead', lane: 'strengths', order: 'a2', title: 'Theme C', cards: sourcedCards(1, 'C') });
  addTheme(board, { id: 'D', headingId: 'lead', lane: 'strengths', order: 'a3', title: 'Theme D', cards: sourcedCards(3, 'D') });
  addTheme(board, {
    id: 'N',
    headingId: 'lead',
    lane: 'nextSteps',
    order: 'a0',
    title: 'Challenge for the most able',
    summary: 'Leaders should make sure the most able are stretched in every class.',
    cards: [{ observation: 'Extension tasks were optional', interpretation: 'Low expectations of the most able', valence: 'nextStep' }],
  });
  addTheme(board, { id: 'X', headingId: 'aoe', lane: 'strengths', order: 'a0', title: 'Oracy across the school', cards: sourcedCards(2, 'X') });
  addTheme(board, { id: 'P', headingId: 'prov', lane: 'strengths', order: 'a0', title: 'Reading', cards: sourcedCards(1, 'P') });
  return board;
}

const votes = {
  rounds: [
    publicRound('r1', 1_000, [{ themeId: 'C', votes: 2 }, { themeId: 'B', votes: 5 }]),
    // A re-run that offered B again but not C: B's count is this one's, C keeps the first round's.
    publicRound('r2', 2_000, [{ themeId: 'B', votes: 0 }]),
    // Closed but not revealed: secret, so it orders nothing.
    publicRound('r3', 3_000, [{ themeId: 'D', votes: 9 }], 'closed'),
  ],
};

describe('buildReport', () => {
  it('reports prescribed headings first, then the extra panel, each with strengths then next steps', () => {
    const report = buildReport(reviewBoard(), { generatedAt });
    expect(report.title).toBe('Riverside Academy');
    expect(report.templateName).toBe('QA Review (school)');
    expect(report.date).toBe('22 November 2025');
    expect(report.sections.map((section) => [section.headingId, section.panel])).toEqual([
      ['lead', false],
      ['prov', false],
      ['aoe', true],
    ]);
    expect(report.sections[0]?.lanes.map((lane) => lane.label)).toEqual(['What went well', 'Even better if']);
    expect(report.sections[2]?.description).toBe('The area the school put forward.');
  });

  it('orders themes by the latest revealed votes, then distinct sources, then board order', () => {
    const report = buildReport(reviewBoard(), { generatedAt, votes });
    const strengths = report.sections[0]?.lanes[0]?.themes ?? [];
    expect(strengths.map((theme) => [theme.themeId, theme.votes, theme.distinctSources])).toEqual([
      ['C', 2, 1],
      ['B', 0, 3],
      ['D', null, 3],
      ['A', null, 1],
    ]);
    const unvoted = buildReport(reviewBoard(), { generatedAt }).sections[0]?.lanes[0]?.themes ?? [];
    expect(unvoted.map((theme) => theme.themeId)).toEqual(['B', 'D', 'A', 'C']);
  });

  it('gives each theme its wording, host agreement and a triangulation sentence', () => {
    const report = buildReport(reviewBoard(), { generatedAt, hostPartner: hostAgrees({ N: 'agreed', X: 'tested' }) });
    const [next] = report.sections[0]?.lanes[1]?.themes ?? [];
    expect(next).toMatchObject({
      title: 'Challenge for the most able',
      wording: 'Leaders should make sure the most able are stretched in every class.',
      hostAgreement: { state: 'agreed', by: 'Hana', at: generatedAt, beforeHosts: false },
      singleSource: true,
      triangulation: '1 card from 1 activity (lesson visit) and 1 reviewer. It rests on a single source.',
    });
    const b = report.sections[0]?.lanes[0]?.themes.find((theme) => theme.themeId === 'B');
    expect(b?.wording).toBe('Theme B');
    expect(b?.triangulation).toBe('3 cards from 3 activities (lesson visit, interview, work scrutiny) and 1 reviewer.');
  });

  it('numbers the evidence through the report in reading order, interpretations only when asked', () => {
    const board = reviewBoard();
    const report = buildReport(board, { generatedAt, votes });
    const cited = report.sections.flatMap((section) => section.lanes.flatMap((lane) => lane.themes.flatMap((theme) => theme.evidence)));
    expect(cited.map((reference) => reference.number)).toEqual(cited.map((_, at) => at + 1));
    expect(report.evidenceCount).toBe(cited.length);
    expect(cited.slice(0, 4).map((reference) => reference.observation)).toEqual(['C 1', 'B 1', 'B 2', 'B 3']);
    const next = cited.find((reference) => reference.observation === 'Extension tasks were optional');
    expect(next).toMatchObject({ activity: 'lesson visit', stakeholder: null, site: null, interpretation: null });
    const withInterpretation = buildReport(board, { generatedAt, includeInterpretation: true });
    expect(JSON.stringify(withInterpretation)).toContain('Low expectations of the most able');
    expect(withInterpretation.includesInterpretation).toBe(true);
  });

  it('never reports reviewer learning, inbox cards or loose cards', () => {
    const board = reviewBoard();
    addCard(board, cardInput({ observation: 'SECRET-LEARNING take this idea home', privateLearning: true }));
    addCard(board, cardInput({ observation: 'SECRET-INBOX not yet sorted' }));
    addCard(board, cardInput({ observation: 'SECRET-LOOSE not in a theme' }), { kind: 'lane', headingId: 'lead', lane: 'strengths' });
    const report = buildReport(board, { generatedAt, includeInterpretation: true });
    const everything = JSON.stringify(report) + renderMarkdown(report);
    expect(everything).not.toContain('SECRET');
    expect(everything).not.toContain('Rae');
  });

  it('leaves out a theme whose cards all moved out: an empty theme is no finding', () => {
    const board = reviewBoard();
    addTheme(board, { id: 'E', headingId: 'lead', lane: 'nextSteps', order: 'a1', title: 'EMPTIED theme', cards: [{ observation: 'Moved away later' }] });
    const [card] = board.list('cards').filter((entry) => entry.observation === 'Moved away later');
    moveCard(board, card!.id, { kind: 'inbox' });
    const report = buildReport(board, { generatedAt });
    const everything = JSON.stringify(report) + renderMarkdown(report);
    expect(everything).not.toContain('EMPTIED');
    expect(everything).not.toContain('No evidence yet');
    expect(report.sections[0]!.lanes.find((lane) => lane.lane === 'nextSteps')!.themes.map((theme) => theme.title)).toEqual(['Challenge for the most able']);
  });

  it('lists the key questions with their coverage counts from the coverage map', () => {
    const board = reviewBoard();
    addKeyQuestion(board, { id: 'q1', text: 'How well do leaders develop staff?', status: 'agreed' });
    addKeyQuestion(board, { id: 'q2', text: 'Is reading prioritised?' });
    addTheme(board, { id: 'Q', headingId: 'prov', lane: 'nextSteps', order: 'a0', title: 'Q', cards: [{ keyQuestionIds: ['q1', 'q2'], activity: 'interview' }] });
    addCard(board, cardInput({ keyQuestionIds: ['q1'] }));
    addCard(board, cardInput({ keyQuestionIds: ['q1'], privateLearning: true }));
    const report = buildReport(board, { generatedAt });
    const coverage = coverageMap(board);
    expect(report.keyQuestions.map((line) => [line.number, line.text, line.agreed, line.cards])).toEqual([
      [1, 'How well do leaders develop staff?', true, coverage.rows[0]?.cards],
      [2, 'Is reading prioritised?', false, coverage.rows[1]?.cards],
    ]);
    expect(report.keyQuestions[0]).toMatchObject({ cards: 2, activities: 2 });
    expect(report.keyQuestions[0]?.byHeading).toEqual([
      { headingId: 'lead', title: 'Leadership at all levels', cards: 0 },
      { headingId: 'prov', title: 'Quality of provision and outcomes', cards: 1 },
      { headingId: 'aoe', title: 'Area of Excellence', cards: 0 },
    ]);
  });

  it('reports the ideas the host selected and the actions agreed in an area-of-challenge session', () => {
    const board = reviewBoard();
    const pstbRun = { process: 'pstb', underWayAt: null, contractMs: minutes(30), usedMs: minutes(31), shortlisted: 0, chosen: 3, dropped: 1 } as const;
    const idea = (id: string, sessionId: string, text: string) =>
      board.put('ideas', { id, sessionId, round: 1, authorId: 'rev-1', authorName: 'Rae', text, capturedBy: 'rev-2', capturedAt: 1 });
    idea('i1', 's1', 'Peer coaching triads');
    idea('i2', 's1', 'A reading ambassador per class');
    idea('i3', 's1', 'Not chosen');
    idea('i4', 'other', 'Another session');
    board.put('actions', { id: 'a2', sessionId: 's1', ideaId: 'i2', what: 'Recruit ambassadors', who: 'English lead', when: 'Spring term' });
    board.put('actions', { id: 'a1', sessionId: 's1', ideaId: 'i1', what: 'Pilot triads in Year 4', who: 'Deputy head', when: 'January' });
    board.put('actions', { id: 'a3', sessionId: 'other', what: 'Elsewhere', who: '', when: '' });
    const report = buildReport(board, {
      generatedAt,
      outcomes: [{ sessionId: 's1', question: 'How do I spread great reading practice?', selectedIdeaIds: ['i2', 'i1', 'gone'], run: pstbRun }],
    });
    expect(report.outcomes).toEqual([
      {
        process: 'pstb',
        processLabel: 'Problem Solving Team Building',
        question: 'How do I spread great reading practice?',
        selectedIdeas: [
          { ideaId: 'i2', text: 'A reading ambassador per class' },
          { ideaId: 'i1', text: 'Peer coaching triads' },
        ],
        actions: [
          { actionId: 'a2', what: 'Recruit ambassadors', who: 'English lead', when: 'Spring term', idea: 'A reading ambassador per class' },
          { actionId: 'a1', what: 'Pilot triads in Year 4', who: 'Deputy head', when: 'January', idea: 'Peer coaching triads' },
        ],
        record: { ...pstbRun, ideas: 3, actions: 2 },
      },
    ]);
    expect(buildReport(board, { generatedAt }).outcomes).toEqual([]);
  });

  it("records how each session ran from the relay doc and the board's ideas and actions, with no reviewer named", () => {
    const board = reviewBoard();
    const idea = (id: string, sessionId: string, round: number) =>
      board.put('ideas', { id, sessionId, round, authorId: 'rev-1', authorName: 'Rae Reviewer', text: `Idea ${id}`, capturedBy: 'rev-2', capturedAt: 1 });
    ['c1', 'c2', 'c3'].forEach((id) => idea(id, 'council-1', 1));
    idea('c4', 'council-1', 2);
    ['p1', 'p2', 'p3', 'p4'].forEach((id) => idea(id, 'pstb-1', 0));
    board.put('actions', { id: 'a1', sessionId: 'pstb-1', ideaId: 'p1', what: 'Pilot it', who: 'Deputy head', when: 'January' });

    let council = inRoundOne({ rounds: 2, participants: [{ id: 'ana', name: 'Ana', location: 'inRoom' }] }, t0);
    council = endTurn(council, 'council.done', t0 + seconds(50));
    council = actInCouncil(council, { type: 'council.advance', from: 'freshThinking' }, t0 + seconds(60));
    council = endTurn(council, 'council.pass', t0 + seconds(70));
    council = endTurn(council, 'council.pass', t0 + seconds(75));
    council = actInCouncil(council, { type: 'council.selectIdea', ideaId: 'c2' }, t0 + seconds(80), presenter);
    let pstb = actInPstb(advancedTo('problem', newPstb({}, t0 + minutes(1)), t0 + minutes(1)), { type: 'pstb.setProblem', problem: 'How do I?' }, t0 + minutes(1), pstbPresenter);
    pstb = advancedTo('selection', pstb, t0 + minutes(3));
    pstb = actInPstb(pstb, { type: 'pstb.selectIdea', ideaId: 'p1' }, t0 + minutes(3), pstbPresenter);
    pstb = advancedTo('closed', pstb, t0 + minutes(4));

    const report = buildReport(board, { generatedAt, outcomes: sessionOutcomes(council, pstb, t0 + minutes(5)) });
    expect(report.outcomes.map((outcome) => outcome.record)).toEqual([
      { process: 'council', underWayAt: 'selection', rounds: 2, participants: 1, speakers: 1, speakingMs: seconds(65), passes: 2, ideas: 4, ideasByRound: [3, 1], chosen: 1 },
      { process: 'pstb', underWayAt: null, contractMs: minutes(30), usedMs: minutes(3), shortlisted: 0, ideas: 4, chosen: 1, dropped: 0, actions: 1 },
    ]);
    const text = renderMarkdown(report);
    expect(text).toContain(
      '**Session record:** Still under way, now at selection. So far: 2 rounds; 1 participant spoke for 1 min 5 s in all; 4 ideas offered (3, 1 by round); 2 passes; the host chose 1.',
    );
    expect(text).toContain('**Session record:** 30-minute contract, ran 3 min; 4 ideas offered; the host chose 1; 1 action.');
    expect(text).not.toMatch(/Rae|Ana/);
  });

  it('still makes a report of an empty board', () => {
    const report = buildReport(qaBoard(), { generatedAt });
    expect(report.evidenceCount).toBe(0);
    expect(report.sections.every((section) => section.lanes.every((lane) => lane.themes.length === 0))).toBe(true);
    expect(renderMarkdown(report)).toContain('_None recorded._');
  });
});
