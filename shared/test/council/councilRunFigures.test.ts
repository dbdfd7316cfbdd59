import { describe, expect, it } from 'vitest';
import { councilRunFigures } from '../../src/report/councilRunFigures';
import { act, endTurn, inRoundOne, presenter, speaking, t0 } from './support/councilFixtures';
import { seconds } from './support/outcomes';

/** Two rounds: Ana speaks in both, Ben passes once then speaks, Cat passes every time she is asked. */
function twoRounds() {
  let state = inRoundOne({ rounds: 2 });
  state = endTurn(state, 'council.done', t0 + seconds(50));
  state = endTurn(state, 'council.pass', t0 + seconds(55));
  state = endTurn(state, 'council.pass', t0 + seconds(57));
  state = endTurn(state, 'council.done', t0 + seconds(77));
  state = endTurn(state, 'council.pass', t0 + seconds(78));
  state = act(state, { type: 'council.advance', from: 'freshThinking' }, t0 + seconds(90));
  state = endTurn(state, 'council.pass', t0 + seconds(95));
  state = endTurn(state, 'council.done', t0 + seconds(135));
  state = endTurn(state, 'council.pass', t0 + seconds(137));
  state = endTurn(state, 'council.done', t0 + seconds(157));
  return endTurn(state, 'council.pass', t0 + seconds(158));
}

describe('councilRunFigures', () => {
  it('counts a session under way as it stands, the turn being spoken included', () => {
    const state = endTurn(inRoundOne(), 'council.done', t0 + seconds(50));
    expect(speaking(state)).toBe('ben:first');
    expect(councilRunFigures(state, t0 + seconds(53))).toEqual({
      process: 'council',
      underWayAt: 'the rounds',
      rounds: 1,
      participants: 3,
      speakers: 2,
      speakingMs: seconds(53),
      passes: 0,
      chosen: 0,
    });
  });

  it("counts a turn the facilitator skipped apart from the speaker's own passes", () => {
    let state = endTurn(inRoundOne(), 'council.skip', t0 + seconds(31));
    state = endTurn(state, 'council.done', t0 + seconds(50));
    state = endTurn(state, 'council.pass', t0 + seconds(52));
    state = endTurn(state, 'council.done', t0 + seconds(70));
    expect(speaking(state)).toBe('cat:revisit');
    // Ana was skipped, then spoke at her second chance; only Cat chose to pass, and she is now speaking.
    expect(councilRunFigures(state, t0 + seconds(75))).toMatchObject({ passes: 1, speakers: 3 });
  });

  it('counts a closed session: every turn, passes and second chances, and only those who spoke as speakers', () => {
    let state = twoRounds();
    expect(state.phase).toBe('selection');
    state = act(state, { type: 'council.selectIdea', ideaId: 'idea-1' }, t0 + seconds(170), presenter);
    state = act(state, { type: 'council.selectIdea', ideaId: 'idea-2' }, t0 + seconds(171), presenter);
    state = act(state, { type: 'council.advance', from: 'selection' }, t0 + seconds(180));
    state = act(state, { type: 'council.advance', from: 'appreciations' }, t0 + seconds(200));
    expect(state.phase).toBe('closed');
    const figures = { process: 'council', underWayAt: null, rounds: 2, participants: 3, speakers: 2, speakingMs: seconds(146), passes: 6, chosen: 2 };
    expect(councilRunFigures(state, t0 + seconds(200))).toEqual(figures);
    // Closed means final: a later clock changes nothing.
    expect(councilRunFigures(state, t0 + seconds(9_000))).toEqual(figures);
  });
});
