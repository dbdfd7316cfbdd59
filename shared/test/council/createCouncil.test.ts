import { describe, expect, it } from 'vitest';
import { councilCommandSchema } from '../../src/council/councilCommands';
import { councilDefaults, councilTurnPresetsMs, type CouncilConfigInput } from '../../src/council/councilConfig';
import { councilStateSchema } from '../../src/council/councilState';
import { createCouncil } from '../../src/council/createCouncil';
import { councilConfig, newCouncil, participants, t0 } from './support/councilFixtures';
import { errorOf, minutes, seconds } from './support/outcomes';
import { throughJson } from './support/purity';

describe('createCouncil', () => {
  it('starts in contracting, untimed, with the method defaults', () => {
    const state = newCouncil();
    expect(state).toMatchObject({
      process: 'council',
      phase: 'contracting',
      round: 0,
      rounds: 3,
      timer: null,
      current: null,
      settings: { turnMs: seconds(60), presenterThinkingMs: minutes(10), freshThinkingMs: minutes(2) },
      participants,
      createdAt: t0,
      startedAt: null,
      closedAt: null,
    });
    expect(councilDefaults).toEqual({ turnMs: 60_000, rounds: 3, presenterThinkingMs: 600_000, freshThinkingMs: 120_000 });
  });

  it('makes plain JSON that the state schema accepts unchanged', () => {
    const state = newCouncil();
    expect(throughJson(state)).toStrictEqual(state);
    expect(councilStateSchema.parse(state)).toStrictEqual(state);
  });

  it('takes the preset turn times and custom whole seconds', () => {
    expect(councilTurnPresetsMs).toEqual([60_000, 90_000, 120_000, 180_000]);
    for (const turnMs of [...councilTurnPresetsMs, seconds(75)]) {
      expect(newCouncil({ turnMs }).settings.turnMs).toBe(turnMs);
    }
  });

  const [ana] = participants;
  it.each<[string, Partial<CouncilConfigInput>]>([
    ['no participants', { participants: [] }],
    ['a participant twice', { participants: ana ? [ana, ana] : [] }],
    ['the presenter among the participants', { participants: [...participants, { id: 'host', name: 'Hana', location: 'inRoom' as const }] }],
    ['the presenter as scribe', { scribe: { id: 'host', name: 'Hana' } }],
    ['a turn time in part seconds', { turnMs: 60_500 }],
    ['a turn time under three seconds', { turnMs: seconds(2) }],
    ['no rounds', { rounds: 0 }],
    ['more rounds than allowed', { rounds: 7 }],
    ['a bad session id', { sessionId: 'no spaces' }],
  ])('refuses %s', (_, overrides) => {
    const error = errorOf(createCouncil(councilConfig(overrides), t0));
    expect(error.code).toBe('invalid_config');
    expect(error.message).toMatch(/^the Council settings are not valid: /);
  });

  it('allows the scribe to be a participant too, for a small team', () => {
    expect(newCouncil({ scribe: { id: 'ana', name: 'Ana' } }).scribe).toEqual({ id: 'ana', name: 'Ana' });
  });
});

describe('councilCommandSchema', () => {
  it('parses each command by its type', () => {
    expect(councilCommandSchema.parse({ type: 'council.pause' })).toEqual({ type: 'council.pause' });
    expect(councilCommandSchema.parse({ type: 'council.done', speakerId: 'ana' })).toEqual({ type: 'council.done', speakerId: 'ana' });
    expect(councilCommandSchema.parse({ type: 'council.setQuestion', question: '  How do I?  ' })).toEqual({ type: 'council.setQuestion', question: 'How do I?' });
  });

  it('refuses unknown types, phases and empty questions', () => {
    expect(councilCommandSchema.safeParse({ type: 'council.explode' }).success).toBe(false);
    expect(councilCommandSchema.safeParse({ type: 'council.advance', from: 'lunch' }).success).toBe(false);
    expect(councilCommandSchema.safeParse({ type: 'council.setQuestion', question: '   ' }).success).toBe(false);
    expect(councilCommandSchema.safeParse({ type: 'council.reorder', order: [] }).success).toBe(false);
  });
});
