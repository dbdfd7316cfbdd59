import { applyPstbCommand } from '../../../src/pstb/applyPstbCommand';
import type { PstbCommand } from '../../../src/pstb/pstbCommands';
import type { PstbConfigInput } from '../../../src/pstb/pstbConfig';
import type { PstbState } from '../../../src/pstb/pstbState';
import { createPstb } from '../../../src/pstb/createPstb';
import type { SessionActor } from '../../../src/session/actor';
import { unwrap } from '../../council/support/outcomes';

export const t0 = 1_700_000_000_000;

export const facilitator: SessionActor = { participantId: 'fac', role: 'facilitator' };
export const presenter: SessionActor = { participantId: 'host', role: 'host' };
export const reviewer: SessionActor = { participantId: 'ana', role: 'reviewer' };
export const observer: SessionActor = { participantId: 'obs', role: 'observer' };

export function newPstb(overrides: Partial<PstbConfigInput> = {}, now = t0): PstbState {
  return unwrap(createPstb({ sessionId: 'pstb-1', presenter: { id: 'host', name: 'Hana (head)' }, ...overrides }, now));
}

/** Applies a command that must be accepted. */
export function act(state: PstbState, command: PstbCommand, now: number, actor: SessionActor = facilitator): PstbState {
  return unwrap(applyPstbCommand(state, command, actor, now));
}

/** Started at t0, then moved on by the facilitator at the given moments until `phase`. */
export function advancedTo(phase: PstbState['phase'], state = newPstb(), at = t0): PstbState {
  let current = state;
  while (current.phase !== phase) {
    if (current.phase === 'selection' && current.selectedIdeaIds.length === 0) current = act(current, { type: 'pstb.selectIdea', ideaId: 'idea-1' }, at, presenter);
    current = act(current, { type: 'pstb.advance', from: current.phase }, at);
  }
  return current;
}
