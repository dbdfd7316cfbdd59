import { describe, expect, it } from 'vitest';
import { applyCouncilCommand } from '../../src/council/applyCouncilCommand';
import { tickCouncil } from '../../src/council/tickCouncil';
import { act, endTurn, facilitator, inRoundOne, newCouncil, presenter, reviewer, speaking, t0 } from './support/councilFixtures';
import { errorOf, minutes, seconds } from './support/outcomes';

describe('Council phases', () => {
  it('starts the presenter thinking when contracting ends, with a ten-minute cap', () => {
    const state = act(newCouncil(), { type: 'council.advance', from: 'contracting' }, t0 + seconds(90));
    expect(state.phase).toBe('presenterThinking');
    expect(state.timer).toEqual({ startedAt: t0 + seconds(90), durationMs: minutes(10), elapsedBeforePauseMs: 0 });
    expect(state.startedAt).toBe(t0 + seconds(90));
  });

  it('moves to the question when the thinking time runs out, at the moment it ran out', () => {
    const thinking = act(newCouncil(), { type: 'council.advance', from: 'contracting' }, t0);
    const late = tickCouncil(thinking, t0 + minutes(13));
    expect(late.phase).toBe('question');
    expect(late.segmentStartedAt).toBe(t0 + minutes(10));
    expect(late.reflections).toEqual([
      { kind: 'presenterThinking', afterRound: 0, startedAt: t0, endedAt: t0 + minutes(10), allowedMs: minutes(10), usedMs: minutes(10), endedBy: 'timeout' },
    ]);
  });

  it('lets the facilitator end the thinking early, recording the time used', () => {
    const thinking = act(newCouncil(), { type: 'council.advance', from: 'contracting' }, t0);
    const ended = act(thinking, { type: 'council.advance', from: 'presenterThinking' }, t0 + minutes(4));
    expect(ended.phase).toBe('question');
    expect(ended.timer).toBeNull();
    expect(ended.reflections[0]).toMatchObject({ usedMs: minutes(4), endedBy: 'advance' });
  });

  it('needs the question before round 1; the presenter or facilitator states it', () => {
    let state = act(newCouncil(), { type: 'council.advance', from: 'contracting' }, t0);
    state = act(state, { type: 'council.advance', from: 'presenterThinking' }, t0 + 1);
    expect(errorOf(applyCouncilCommand(state, { type: 'council.advance', from: 'question' }, facilitator, t0 + 2)).code).toBe('question_missing');
    expect(errorOf(applyCouncilCommand(state, { type: 'council.setQuestion', question: 'Why?' }, reviewer, t0 + 2))).toEqual({
      code: 'not_allowed',
      message: 'only the presenter or the Lead Reviewer can set the question',
    });
    state = act(state, { type: 'council.setQuestion', question: ' How do I keep Year 9 in school? ' }, t0 + 2, presenter);
    expect(state.question).toBe('How do I keep Year 9 in school?');
    state = act(state, { type: 'council.advance', from: 'question' }, t0 + 3);
    expect(state.phase).toBe('round');
    expect(state.round).toBe(1);
  });

  it('refuses a question during contracting or the rounds', () => {
    expect(errorOf(applyCouncilCommand(newCouncil(), { type: 'council.setQuestion', question: 'Why?' }, presenter, t0)).code).toBe('wrong_phase');
    expect(errorOf(applyCouncilCommand(inRoundOne(), { type: 'council.setQuestion', question: 'Why?' }, presenter, t0)).message).toBe(
      "you can set the question only during the presenter's thinking or the question or the presenter's fresh thinking; the session is at the rounds",
    );
  });

  it('refuses a stale advance, an advance during a round, and anything but the facilitator moving on', () => {
    const thinking = act(newCouncil(), { type: 'council.advance', from: 'contracting' }, t0);
    expect(errorOf(applyCouncilCommand(thinking, { type: 'council.advance', from: 'contracting' }, facilitator, t0 + 1))).toEqual({
      code: 'wrong_phase',
      message: "the session is at the presenter's thinking, not contracting; reload to see where it is",
    });
    expect(errorOf(applyCouncilCommand(inRoundOne(), { type: 'council.advance', from: 'round' }, facilitator, t0)).code).toBe('wrong_phase');
    expect(errorOf(applyCouncilCommand(newCouncil(), { type: 'council.advance', from: 'contracting' }, presenter, t0)).code).toBe('not_allowed');
  });

  it('runs selection, appreciations and the close in order, then refuses everything', () => {
    let state = inRoundOne({ rounds: 1, participants: [{ id: 'ana', name: 'Ana', location: 'inRoom' }] });
    state = endTurn(state, 'council.done', t0 + seconds(10));
    expect(state.phase).toBe('selection');
    state = act(state, { type: 'council.advance', from: 'selection' }, t0 + seconds(20));
    expect(state.phase).toBe('appreciations');
    state = act(state, { type: 'council.advance', from: 'appreciations' }, t0 + seconds(30));
    expect(state).toMatchObject({ phase: 'closed', closedAt: t0 + seconds(30), timer: null });
    expect(errorOf(applyCouncilCommand(state, { type: 'council.advance', from: 'closed' }, facilitator, t0 + seconds(31))).message).toBe('the session is over');
    expect(errorOf(applyCouncilCommand(state, { type: 'council.pause' }, facilitator, t0 + seconds(31))).code).toBe('no_timer');
  });
});

describe('Council rounds', () => {
  it('gives each participant a turn in the fixed order, the presenter never', () => {
    let state = inRoundOne();
    const order = [speaking(state)];
    state = endTurn(state, 'council.done', t0 + seconds(20));
    order.push(speaking(state));
    state = endTurn(state, 'council.done', t0 + seconds(50));
    order.push(speaking(state));
    expect(order).toEqual(['ana:first', 'ben:first', 'cat:first']);
    expect(state.turns.map((turn) => [turn.participantId, turn.outcome, turn.usedMs])).toEqual([
      ['ana', 'done', seconds(20)],
      ['ben', 'done', seconds(30)],
    ]);
    expect(state.timer).toEqual({ startedAt: t0 + seconds(50), durationMs: seconds(60), elapsedBeforePauseMs: 0 });
  });

  it('gives those who passed one more chance at the end of the round, in order', () => {
    let state = inRoundOne();
    state = endTurn(state, 'council.pass', t0 + seconds(5));
    state = endTurn(state, 'council.pass', t0 + seconds(10));
    state = endTurn(state, 'council.done', t0 + seconds(40));
    expect(speaking(state)).toBe('ana:revisit');
    state = endTurn(state, 'council.done', t0 + seconds(70));
    expect(speaking(state)).toBe('ben:revisit');
    state = endTurn(state, 'council.pass', t0 + seconds(72));
    expect(state.phase).toBe('freshThinking');
    expect(state.turns.map((turn) => `${turn.participantId}:${turn.attempt}:${turn.outcome}`)).toEqual([
      'ana:first:pass',
      'ben:first:pass',
      'cat:first:done',
      'ana:revisit:done',
      'ben:revisit:pass',
    ]);
  });

  it('records a skip as a pass by the facilitator, which is still revisited', () => {
    let state = inRoundOne();
    state = endTurn(state, 'council.skip', t0 + seconds(3));
    expect(state.turns[0]).toMatchObject({ participantId: 'ana', outcome: 'pass', skipped: true });
    state = endTurn(state, 'council.done', t0 + seconds(10));
    state = endTurn(state, 'council.done', t0 + seconds(20));
    expect(speaking(state)).toBe('ana:revisit');
  });

  it('ends a turn that runs out as a time-out and starts the next at that exact moment', () => {
    const state = tickCouncil(inRoundOne(), t0 + seconds(75));
    expect(state.turns).toEqual([
      { participantId: 'ana', round: 1, attempt: 'first', outcome: 'timeout', skipped: false, startedAt: t0, endedAt: t0 + seconds(60), allowedMs: seconds(60), usedMs: seconds(60) },
    ]);
    expect(speaking(state)).toBe('ben:first');
    expect(state.timer?.startedAt).toBe(t0 + seconds(60));
  });

  it('catches up several expiries in one late tick, through fresh thinking into the next round', () => {
    const start = inRoundOne({ freshThinkingMs: seconds(30) });
    const late = tickCouncil(start, t0 + seconds(60 * 3 + 30 + 70));
    expect(late.turns.map((turn) => [turn.round, turn.participantId, turn.outcome, turn.endedAt - t0])).toEqual([
      [1, 'ana', 'timeout', seconds(60)],
      [1, 'ben', 'timeout', seconds(120)],
      [1, 'cat', 'timeout', seconds(180)],
      [2, 'ana', 'timeout', seconds(270)],
    ]);
    expect(late.reflections.at(-1)).toMatchObject({ kind: 'freshThinking', afterRound: 1, startedAt: t0 + seconds(180), endedAt: t0 + seconds(210), endedBy: 'timeout' });
    expect(speaking(late)).toBe('ben:first');
    expect(late.round).toBe(2);
    expect(late).toStrictEqual(tickCouncil(tickCouncil(start, t0 + seconds(200)), t0 + seconds(280)));
  });

  it('returns the very same state when nothing has run out', () => {
    const state = inRoundOne();
    expect(tickCouncil(state, t0 + seconds(59))).toBe(state);
  });

  it('refuses to end the turn of someone who is not speaking', () => {
    const state = inRoundOne();
    expect(errorOf(applyCouncilCommand(state, { type: 'council.done', speakerId: 'ben' }, facilitator, t0 + 1))).toEqual({
      code: 'not_current_speaker',
      message: 'Ben is not speaking now; the turn may already have ended',
    });
    // Ana's time ran out a moment ago: a late "done" for her must not end Ben's turn.
    expect(errorOf(applyCouncilCommand(state, { type: 'council.done', speakerId: 'ana' }, facilitator, t0 + seconds(61))).code).toBe('not_current_speaker');
    // Ana may end her own turn from her device, but nobody else's, and only the facilitator skips.
    expect(applyCouncilCommand(state, { type: 'council.pass', speakerId: 'ana' }, reviewer, t0 + 1).ok).toBe(true);
    expect(errorOf(applyCouncilCommand(state, { type: 'council.skip', speakerId: 'ana' }, reviewer, t0 + 1)).code).toBe('not_allowed');
    expect(errorOf(applyCouncilCommand(state, { type: 'council.done', speakerId: 'ana' }, { participantId: 'ben', role: 'reviewer' }, t0 + 1)).code).toBe('not_allowed');
    expect(errorOf(applyCouncilCommand(newCouncil(), { type: 'council.skip', speakerId: 'ana' }, facilitator, t0)).code).toBe('wrong_phase');
  });

  it('gives the presenter fresh thinking between rounds and goes to selection after the last', () => {
    let state = inRoundOne({ rounds: 2, participants: [{ id: 'ana', name: 'Ana', location: 'remote' }] });
    state = endTurn(state, 'council.done', t0 + seconds(10));
    expect(state).toMatchObject({ phase: 'freshThinking', round: 1, timer: { durationMs: minutes(2) } });
    state = act(state, { type: 'council.setQuestion', question: 'How do I keep Year 9 engaged?' }, t0 + seconds(20), presenter);
    state = act(state, { type: 'council.advance', from: 'freshThinking' }, t0 + seconds(40));
    expect(state).toMatchObject({ phase: 'round', round: 2, question: 'How do I keep Year 9 engaged?' });
    state = endTurn(state, 'council.done', t0 + seconds(50));
    expect(state.phase).toBe('selection');
    expect(state.reflections.map((reflection) => [reflection.kind, reflection.usedMs])).toEqual([
      ['presenterThinking', 0],
      ['freshThinking', seconds(30)],
    ]);
  });
});
