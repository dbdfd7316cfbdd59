import type { CouncilCurrentTurn, CouncilState } from './councilState';

/**
 * The turn after the current one in this round: everyone's first turn in the speaking order,
 * then, once each, those who passed, in the same order. Worked out from the turns taken rather
 * than a stored queue, so reordering reaches exactly the turns not yet taken. Null when the round
 * is over once the current turn ends (or, outside the rounds, when there is no round).
 */
export function nextCouncilTurn(state: CouncilState): CouncilCurrentTurn | null {
  const thisRound = state.turns.filter((turn) => turn.round === state.round);
  const taken = (attempt: CouncilCurrentTurn['attempt']) =>
    new Set([
      ...thisRound.filter((turn) => turn.attempt === attempt).map((turn) => turn.participantId),
      ...(state.current?.attempt === attempt ? [state.current.participantId] : []),
    ]);
  const waiting = (ids: ReadonlySet<string>, eligible: (id: string) => boolean) =>
    state.participants.find((participant) => !ids.has(participant.id) && participant.id !== state.current?.participantId && eligible(participant.id));

  const first = waiting(taken('first'), () => true);
  if (first) return { participantId: first.id, attempt: 'first' };
  const passed = new Set(thisRound.filter((turn) => turn.attempt === 'first' && turn.outcome === 'pass').map((turn) => turn.participantId));
  const revisit = waiting(taken('revisit'), (id) => passed.has(id));
  return revisit ? { participantId: revisit.id, attempt: 'revisit' } : null;
}
