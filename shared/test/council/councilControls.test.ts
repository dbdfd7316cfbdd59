import { describe, expect, it } from 'vitest';
import { applyCouncilCommand } from '../../src/council/applyCouncilCommand';
import type { CouncilCommand } from '../../src/council/councilCommands';
import { councilRemainingMs } from '../../src/council/councilSelectors';
import { councilTotals } from '../../src/council/councilSpeakingRecord';
import type { CouncilState } from '../../src/council/councilState';
import { tickCouncil } from '../../src/council/tickCouncil';
import { act, endTurn, facilitator, inRoundOne, newCouncil, observer, presenter, reviewer, speaking, t0 } from './support/councilFixtures';
import { errorOf, seconds } from './support/outcomes';
import { deepFreeze } from './support/purity';

const pause: CouncilCommand = { type: 'council.pause' };
const resume: CouncilCommand = { type: 'council.resume' };

describe("the facilitator's clock", () => {
  it('pauses the countdown, never expires while paused, and resumes where it stopped', () => {
    let state = act(inRoundOne(), pause, t0 + seconds(20));
    expect(councilRemainingMs(state, t0 + seconds(500))).toBe(seconds(40));
    expect(tickCouncil(state, t0 + seconds(500))).toBe(state);
    state = act(state, resume, t0 + seconds(500));
    expect(state.timer).toEqual({ startedAt: t0 + seconds(500), durationMs: seconds(60), elapsedBeforePauseMs: seconds(20) });
    state = tickCouncil(state, t0 + seconds(545));
    expect(state.turns[0]).toMatchObject({ outcome: 'timeout', endedAt: t0 + seconds(540), usedMs: seconds(60) });
  });

  it('keeps the pause when a turn ends by command while paused', () => {
    let state = act(inRoundOne(), pause, t0 + seconds(10));
    state = endTurn(state, 'council.done', t0 + seconds(30));
    expect(state.turns[0]?.usedMs).toBe(seconds(10));
    expect(speaking(state)).toBe('ben:first');
    expect(state.timer).toEqual({ startedAt: t0 + seconds(30), durationMs: seconds(60), pausedAt: t0 + seconds(30), elapsedBeforePauseMs: 0 });
  });

  it('refuses to pause twice, to resume a running clock, and any clock command when nothing is timed', () => {
    const paused = act(inRoundOne(), pause, t0 + 1);
    expect(errorOf(applyCouncilCommand(paused, pause, facilitator, t0 + 2))).toEqual({ code: 'already_paused', message: 'the clock is already paused' });
    expect(errorOf(applyCouncilCommand(inRoundOne(), resume, facilitator, t0 + 2)).code).toBe('not_paused');
    expect(errorOf(applyCouncilCommand(newCouncil(), { type: 'council.addMinute' }, facilitator, t0)).code).toBe('no_timer');
  });

  it('lets only the facilitator run the clock', () => {
    for (const actor of [presenter, reviewer, observer]) {
      expect(errorOf(applyCouncilCommand(inRoundOne(), pause, actor, t0 + 1))).toEqual({ code: 'not_allowed', message: 'only the Lead Reviewer can run the clock' });
    }
  });

  it('adds and takes a minute on the current countdown', () => {
    let state = act(inRoundOne({ turnMs: seconds(120) }), { type: 'council.addMinute' }, t0 + seconds(10));
    expect(councilRemainingMs(state, t0 + seconds(10))).toBe(seconds(170));
    state = act(state, { type: 'council.takeMinute' }, t0 + seconds(20));
    state = act(state, { type: 'council.takeMinute' }, t0 + seconds(20));
    expect(councilRemainingMs(state, t0 + seconds(20))).toBe(seconds(40));
  });

  it('ends the turn on the spot when less than a minute is left and a minute is taken', () => {
    const state = act(inRoundOne(), { type: 'council.takeMinute' }, t0 + seconds(25));
    expect(state.turns[0]).toMatchObject({ participantId: 'ana', outcome: 'timeout', usedMs: seconds(25), allowedMs: seconds(25) });
    expect(speaking(state)).toBe('ben:first');
  });

  it("times the presenter's thinking with the same controls", () => {
    let state = act(newCouncil(), { type: 'council.advance', from: 'contracting' }, t0);
    state = act(state, { type: 'council.addMinute' }, t0 + seconds(1));
    expect(councilRemainingMs(state, t0 + seconds(1))).toBe(seconds(659));
  });
});

describe('speaking order', () => {
  it('reorders only the turns not yet taken; the current speaker keeps the floor', () => {
    let state = inRoundOne({
      participants: [
        { id: 'ana', name: 'Ana', location: 'inRoom' },
        { id: 'ben', name: 'Ben', location: 'remote' },
        { id: 'cat', name: 'Cat', location: 'inRoom' },
        { id: 'dev', name: 'Dev', location: 'remote' },
      ],
    });
    state = endTurn(state, 'council.pass', t0 + seconds(5));
    state = act(state, { type: 'council.reorder', order: ['dev', 'cat', 'ana', 'ben'] }, t0 + seconds(6));
    expect(speaking(state)).toBe('ben:first');
    const spoken: Array<string | null> = [];
    for (let second = 10; state.phase === 'round'; second += 10) {
      state = endTurn(state, 'council.done', t0 + seconds(second));
      spoken.push(speaking(state));
    }
    expect(spoken).toEqual(['dev:first', 'cat:first', 'ana:revisit', null]);
    expect(state.round).toBe(1);
  });

  it.each([
    ['someone left out', ['ana', 'ben']],
    ['someone twice', ['ana', 'ben', 'ben']],
    ['a stranger', ['ana', 'ben', 'zed']],
  ])('refuses an order with %s', (_, order) => {
    expect(errorOf(applyCouncilCommand(inRoundOne(), { type: 'council.reorder', order }, facilitator, t0)).code).toBe('invalid_order');
  });

  it('lets only the facilitator reorder', () => {
    expect(errorOf(applyCouncilCommand(inRoundOne(), { type: 'council.reorder', order: ['cat', 'ben', 'ana'] }, reviewer, t0)).code).toBe('not_allowed');
  });
});

describe('adding a round', () => {
  it('plans one more round while the rounds run', () => {
    const state = act(inRoundOne(), { type: 'council.addRound' }, t0 + 1);
    expect(state.rounds).toBe(4);
  });

  it('reopens the rounds from selection, with fresh thinking first and the selection kept', () => {
    let state = inRoundOne({ rounds: 1, participants: [{ id: 'ana', name: 'Ana', location: 'inRoom' }] });
    state = endTurn(state, 'council.done', t0 + seconds(10));
    state = act(state, { type: 'council.selectIdea', ideaId: 'idea-1' }, t0 + seconds(11), presenter);
    state = act(state, { type: 'council.addRound' }, t0 + seconds(12));
    expect(state).toMatchObject({ phase: 'freshThinking', rounds: 2, round: 1, selectedIdeaIds: ['idea-1'], segmentStartedAt: t0 + seconds(12) });
    state = act(state, { type: 'council.advance', from: 'freshThinking' }, t0 + seconds(20));
    expect(state).toMatchObject({ phase: 'round', round: 2 });
  });

  it('stops at six rounds and once appreciations begin', () => {
    const full = inRoundOne({ rounds: 6 });
    expect(errorOf(applyCouncilCommand(full, { type: 'council.addRound' }, facilitator, t0)).code).toBe('round_limit');
    let state = inRoundOne({ rounds: 1, participants: [{ id: 'ana', name: 'Ana', location: 'inRoom' }] });
    state = endTurn(state, 'council.done', t0 + 1);
    state = act(state, { type: 'council.advance', from: 'selection' }, t0 + 2);
    expect(errorOf(applyCouncilCommand(state, { type: 'council.addRound' }, facilitator, t0 + 3)).code).toBe('wrong_phase');
  });
});

describe('selection and appreciations', () => {
  const atSelection = (): CouncilState => {
    const state = inRoundOne({ rounds: 1, participants: [{ id: 'ana', name: 'Ana', location: 'inRoom' }] });
    return endTurn(state, 'council.done', t0 + seconds(10));
  };

  it('lets the presenter (or the facilitator for them) select and unselect ideas, in order', () => {
    let state = act(atSelection(), { type: 'council.selectIdea', ideaId: 'idea-2' }, t0 + seconds(11), presenter);
    state = act(state, { type: 'council.selectIdea', ideaId: 'idea-1' }, t0 + seconds(12), facilitator);
    state = act(state, { type: 'council.selectIdea', ideaId: 'idea-3' }, t0 + seconds(13), presenter);
    state = act(state, { type: 'council.unselectIdea', ideaId: 'idea-1' }, t0 + seconds(14), presenter);
    expect(state.selectedIdeaIds).toEqual(['idea-2', 'idea-3']);
  });

  it('refuses selection by anyone else, twice, or outside selection', () => {
    const state = act(atSelection(), { type: 'council.selectIdea', ideaId: 'idea-1' }, t0 + seconds(11), presenter);
    expect(errorOf(applyCouncilCommand(state, { type: 'council.selectIdea', ideaId: 'idea-2' }, reviewer, t0 + seconds(12))).code).toBe('not_allowed');
    expect(errorOf(applyCouncilCommand(state, { type: 'council.selectIdea', ideaId: 'idea-1' }, presenter, t0 + seconds(12))).code).toBe('already_selected');
    expect(errorOf(applyCouncilCommand(state, { type: 'council.unselectIdea', ideaId: 'idea-9' }, presenter, t0 + seconds(12))).code).toBe('not_selected');
    expect(errorOf(applyCouncilCommand(inRoundOne(), { type: 'council.selectIdea', ideaId: 'idea-1' }, presenter, t0)).code).toBe('wrong_phase');
  });

  it('records who appreciated, refusing observers, repeats and the wrong phase', () => {
    const appreciating = act(atSelection(), { type: 'council.advance', from: 'selection' }, t0 + seconds(20));
    let state = act(appreciating, { type: 'council.appreciate', appreciationId: 'ap-1' }, t0 + seconds(21), reviewer);
    state = act(state, { type: 'council.appreciate', appreciationId: 'ap-2' }, t0 + seconds(22), presenter);
    expect(state.appreciations).toEqual([
      { appreciationId: 'ap-1', participantId: 'ana', at: t0 + seconds(21) },
      { appreciationId: 'ap-2', participantId: 'host', at: t0 + seconds(22) },
    ]);
    expect(errorOf(applyCouncilCommand(state, { type: 'council.appreciate', appreciationId: 'ap-1' }, facilitator, t0 + seconds(23))).code).toBe('already_appreciated');
    expect(errorOf(applyCouncilCommand(state, { type: 'council.appreciate', appreciationId: 'ap-3' }, observer, t0 + seconds(23))).code).toBe('not_allowed');
    expect(errorOf(applyCouncilCommand(atSelection(), { type: 'council.appreciate', appreciationId: 'ap-3' }, reviewer, t0 + seconds(23))).code).toBe('wrong_phase');
  });
});

describe('purity', () => {
  it('never changes the state it is given, accepted or refused', () => {
    const state = deepFreeze(inRoundOne());
    const copy = structuredClone(state);
    expect(applyCouncilCommand(state, { type: 'council.done', speakerId: 'ana' }, facilitator, t0 + seconds(5)).ok).toBe(true);
    expect(applyCouncilCommand(state, { type: 'council.done', speakerId: 'cat' }, facilitator, t0 + seconds(5)).ok).toBe(false);
    expect(tickCouncil(state, t0 + seconds(500)).round).toBe(2);
    expect(state).toStrictEqual(copy);
  });

  it('gives the same result for the same inputs', () => {
    const state = inRoundOne();
    const command: CouncilCommand = { type: 'council.pass', speakerId: 'ana' };
    expect(applyCouncilCommand(state, command, facilitator, t0 + 5)).toStrictEqual(applyCouncilCommand(state, command, facilitator, t0 + 5));
    expect(councilTotals(state, t0 + 5)).toStrictEqual(councilTotals(structuredClone(state), t0 + 5));
  });
});
