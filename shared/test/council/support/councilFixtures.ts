import type { SessionActor } from '../../../src/session/actor';
import { applyCouncilCommand } from '../../../src/council/applyCouncilCommand';
import type { CouncilCommand } from '../../../src/council/councilCommands';
import type { CouncilConfigInput, CouncilParticipant } from '../../../src/council/councilConfig';
import type { CouncilState } from '../../../src/council/councilState';
import { createCouncil } from '../../../src/council/createCouncil';
import { tickCouncil } from '../../../src/council/tickCouncil';
import { unwrap } from './outcomes';

export const t0 = 1_700_000_000_000;

export const facilitator: SessionActor = { participantId: 'fac', role: 'facilitator' };
export const presenter: SessionActor = { participantId: 'host', role: 'host' };
export const reviewer: SessionActor = { participantId: 'ana', role: 'reviewer' };
export const observer: SessionActor = { participantId: 'obs', role: 'observer' };

export const participants: CouncilParticipant[] = [
  { id: 'ana', name: 'Ana', location: 'inRoom' },
  { id: 'ben', name: 'Ben', location: 'remote' },
  { id: 'cat', name: 'Cat', location: 'inRoom' },
];

export function councilConfig(overrides: Partial<CouncilConfigInput> = {}): CouncilConfigInput {
  return {
    sessionId: 'council-1',
    presenter: { id: 'host', name: 'Hana (head)' },
    scribe: { id: 'scribe', name: 'Sam' },
    participants,
    ...overrides,
  };
}

export function newCouncil(overrides: Partial<CouncilConfigInput> = {}, now = t0): CouncilState {
  return unwrap(createCouncil(councilConfig(overrides), now));
}

/** Applies a command that must be accepted. */
export function act(state: CouncilState, command: CouncilCommand, now: number, actor: SessionActor = facilitator): CouncilState {
  return unwrap(applyCouncilCommand(state, command, actor, now));
}

/** A session at the first turn of round 1, reached at `at`: thinking ended early and the question stated. */
export function inRoundOne(overrides: Partial<CouncilConfigInput> = {}, at = t0): CouncilState {
  let state = act(newCouncil(overrides), { type: 'council.advance', from: 'contracting' }, at);
  state = act(state, { type: 'council.advance', from: 'presenterThinking' }, at);
  state = act(state, { type: 'council.setQuestion', question: 'How do we raise attendance in Year 9?' }, at, presenter);
  return act(state, { type: 'council.advance', from: 'question' }, at);
}

/** Ends the current speaker's turn with done, pass or skip. */
export function endTurn(state: CouncilState, type: 'council.done' | 'council.pass' | 'council.skip', now: number): CouncilState {
  const speakerId = tickCouncil(state, now).current?.participantId;
  if (!speakerId) throw new Error('nobody is speaking');
  return act(state, { type, speakerId }, now);
}

export const speaking = (state: CouncilState) => (state.current ? `${state.current.participantId}:${state.current.attempt}` : null);
