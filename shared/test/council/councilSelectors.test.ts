import { describe, expect, it } from 'vitest';
import { councilOutcomeSelection } from '../../src/report/councilOutcome';
import {
  councilCurrentSpeaker,
  councilIsPaused,
  councilNextSpeaker,
  councilPresenterListening,
  councilRemainingMs,
  councilRoundProgress,
} from '../../src/council/councilSelectors';
import { councilSpeakingRecord, councilTotals } from '../../src/council/councilSpeakingRecord';
import { tickCouncil } from '../../src/council/tickCouncil';
import { act, endTurn, inRoundOne, newCouncil, presenter, t0 } from './support/councilFixtures';
import { minutes, seconds } from './support/outcomes';

describe('who is speaking and who is next', () => {
  it('names the first speaker as next before the rounds, and nobody as current', () => {
    const state = newCouncil();
    expect(councilCurrentSpeaker(state)).toBeNull();
    expect(councilNextSpeaker(state)?.name).toBe('Ana');
  });

  it('follows the order, then the second chances, then nobody at the end of the round', () => {
    let state = inRoundOne();
    expect([councilCurrentSpeaker(state)?.id, councilNextSpeaker(state)?.id]).toEqual(['ana', 'ben']);
    state = endTurn(state, 'council.pass', t0 + seconds(5));
    state = endTurn(state, 'council.done', t0 + seconds(10));
    expect([councilCurrentSpeaker(state)?.id, councilNextSpeaker(state)?.id]).toEqual(['cat', 'ana']);
    state = endTurn(state, 'council.done', t0 + seconds(15));
    expect([councilCurrentSpeaker(state)?.id, councilNextSpeaker(state)]).toEqual(['ana', null]);
    state = endTurn(state, 'council.done', t0 + seconds(20));
    expect(state.phase).toBe('freshThinking');
    expect([councilCurrentSpeaker(state), councilNextSpeaker(state)?.id]).toEqual([null, 'ana']);
  });
});

describe('the countdown', () => {
  it('is null when nothing is timed and never negative', () => {
    expect(councilRemainingMs(newCouncil(), t0)).toBeNull();
    const state = inRoundOne();
    expect(councilRemainingMs(state, t0 + seconds(15))).toBe(seconds(45));
    expect(councilRemainingMs(state, t0 + minutes(30))).toBe(0);
    // A client whose clock runs behind the server's sees the full turn, not more.
    expect(councilRemainingMs(state, t0 - seconds(5))).toBe(seconds(60));
  });

  it('shows the pause', () => {
    const state = act(inRoundOne(), { type: 'council.pause' }, t0 + 1);
    expect(councilIsPaused(state)).toBe(true);
    expect(councilIsPaused(inRoundOne())).toBe(false);
    expect(councilIsPaused(newCouncil())).toBe(false);
  });
});

describe('the presenter listening', () => {
  it('holds exactly during the rounds', () => {
    let state = inRoundOne({ rounds: 1, participants: [{ id: 'ana', name: 'Ana', location: 'inRoom' }] });
    expect(councilPresenterListening(state)).toBe(true);
    state = endTurn(state, 'council.done', t0 + 1);
    expect(councilPresenterListening(state)).toBe(false);
    expect(councilPresenterListening(newCouncil())).toBe(false);
  });
});

describe('round progress', () => {
  it('counts first turns, passes and second chances in the current round', () => {
    let state = inRoundOne();
    state = endTurn(state, 'council.pass', t0 + seconds(5));
    state = endTurn(state, 'council.done', t0 + seconds(10));
    state = endTurn(state, 'council.done', t0 + seconds(15));
    expect(councilRoundProgress(state)).toEqual({ round: 1, rounds: 3, stage: 'revisit', participantCount: 3, firstTurnsTaken: 3, passes: 1, revisitsTaken: 0 });
    expect(councilRoundProgress(newCouncil())).toMatchObject({ round: 0, stage: null, firstTurnsTaken: 0 });
  });
});

describe('speaking time', () => {
  it('records each participant per round, the live turn included', () => {
    let state = inRoundOne();
    state = endTurn(state, 'council.pass', t0 + seconds(4));
    state = act(state, { type: 'council.pause' }, t0 + seconds(14));
    state = act(state, { type: 'council.resume' }, t0 + seconds(100));
    const now = t0 + seconds(110);
    expect(councilSpeakingRecord(state, now)).toEqual([
      { participantId: 'ana', round: 1, spokenMs: seconds(4), outcome: 'pass', passed: true, skipped: false, revisited: false, revisitOutcome: null },
      { participantId: 'ben', round: 1, spokenMs: seconds(20), outcome: null, passed: false, skipped: false, revisited: false, revisitOutcome: null },
      { participantId: 'cat', round: 1, spokenMs: 0, outcome: null, passed: false, skipped: false, revisited: false, revisitOutcome: null },
    ]);
    const totals = councilTotals(state, now);
    expect(totals.speakingMs).toBe(seconds(24));
    expect(totals.byParticipant.map((entry) => [entry.participantId, entry.spokenMs, entry.turns, entry.passes])).toEqual([
      ['ana', seconds(4), 1, 1],
      ['ben', seconds(20), 1, 0],
      ['cat', 0, 0, 0],
    ]);
    expect(totals.sessionMs).toBe(seconds(110));
  });

  it('adds up second chances and time-outs across rounds', () => {
    let state = inRoundOne({ freshThinkingMs: seconds(10) });
    state = endTurn(state, 'council.pass', t0 + seconds(1));
    state = tickCouncil(state, t0 + seconds(1 + 60 + 60 + 30));
    const record = councilSpeakingRecord(state, t0 + seconds(151));
    expect(record.find((entry) => entry.participantId === 'ana')).toMatchObject({ spokenMs: seconds(31), passed: true, skipped: false, revisited: true, revisitOutcome: null });
    const totals = councilTotals(state, t0 + seconds(151));
    expect(totals.byParticipant.find((entry) => entry.participantId === 'ben')).toMatchObject({ spokenMs: seconds(60), timeouts: 1 });
    expect(totals.presenterThinkingMs).toBe(0);
  });

  it("totals the presenter's thinking, live included", () => {
    const state = act(newCouncil(), { type: 'council.advance', from: 'contracting' }, t0);
    expect(councilTotals(state, t0 + minutes(3))).toMatchObject({ presenterThinkingMs: minutes(3), freshThinkingMs: 0, speakingMs: 0 });
  });
});

describe('councilOutcomeSelection', () => {
  it('gives the report the question, the ideas selected and how the session ran', () => {
    let state = inRoundOne({ rounds: 1, participants: [{ id: 'ana', name: 'Ana', location: 'inRoom' }] });
    state = endTurn(state, 'council.done', t0 + seconds(40));
    state = act(state, { type: 'council.selectIdea', ideaId: 'idea-7' }, t0 + seconds(50), presenter);
    expect(councilOutcomeSelection(state, t0 + seconds(60))).toEqual({
      sessionId: 'council-1',
      question: 'How do we raise attendance in Year 9?',
      selectedIdeaIds: ['idea-7'],
      run: { process: 'council', underWayAt: 'selection', rounds: 1, participants: 1, speakers: 1, speakingMs: seconds(40), passes: 0, chosen: 1 },
    });
  });
});
