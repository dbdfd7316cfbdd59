import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCouncilCommand } from '../../src/council/applyCouncilCommand';
import type { CouncilCommand } from '../../src/council/councilCommands';
import { maxCouncilRounds, type CouncilConfigInput } from '../../src/council/councilConfig';
import { councilCurrentSpeaker, councilRemainingMs } from '../../src/council/councilSelectors';
import { councilSpeakingRecord, councilTotals } from '../../src/council/councilSpeakingRecord';
import { councilPhases, councilStateSchema, type CouncilPhase, type CouncilState } from '../../src/council/councilState';
import { createCouncil } from '../../src/council/createCouncil';
import { tickCouncil } from '../../src/council/tickCouncil';
import type { SessionActor } from '../../src/session/actor';
import { isTimerPaused } from '../../src/session/timer';
import { advanceTemplateArb, drive, driverOpArb, type DriverOp, type Machine } from './support/clockDriver';
import { facilitator, observer, presenter, t0 } from './support/councilFixtures';
import { seconds, unwrap } from './support/outcomes';
import { isPlainJson, throughJson } from './support/purity';

const machine: Machine<CouncilState, CouncilCommand> = { apply: applyCouncilCommand, tick: tickCouncil };
const names = ['ana', 'ben', 'cat', 'dev', 'eve'] as const;
const actors = { facilitator, presenter, reviewer: { participantId: 'ben', role: 'reviewer' }, observer } satisfies Record<string, SessionActor>;
type ActorName = keyof typeof actors;

/** Short times in whole seconds, so a whole session fits in a few hundred ticks and every expiry falls on a tick. */
const configArb: fc.Arbitrary<CouncilConfigInput> = fc.record({
  sessionId: fc.constant('council-p'),
  presenter: fc.constant({ id: 'host', name: 'Hana' }),
  participants: fc.integer({ min: 1, max: names.length }).map((count) => names.slice(0, count).map((id) => ({ id, name: id, location: 'inRoom' as const }))),
  turnMs: fc.constantFrom(seconds(10), seconds(15), seconds(20)),
  rounds: fc.integer({ min: 1, max: 3 }),
  presenterThinkingMs: fc.constantFrom(seconds(30), seconds(45)),
  freshThinkingMs: fc.constantFrom(seconds(10), seconds(20)),
});

/** Commands as templates filled in against the session when they are sent, so most of them make sense and some do not. */
type CommandTemplate =
  | { kind: 'advance'; from: CouncilPhase | 'current' }
  | { kind: 'question' }
  | { kind: 'endTurn'; type: 'council.done' | 'council.pass' | 'council.skip'; speaker: string }
  | { kind: 'plain'; type: 'council.pause' | 'council.resume' | 'council.addMinute' | 'council.takeMinute' | 'council.addRound' }
  | { kind: 'reorder'; keys: number[]; drop: boolean }
  | { kind: 'idea'; type: 'council.selectIdea' | 'council.unselectIdea'; ideaId: string }
  | { kind: 'appreciate'; appreciationId: string };
type Template = { actor: ActorName; command: CommandTemplate };

const commandArb: fc.Arbitrary<CommandTemplate> = fc.oneof(
  { weight: 5, arbitrary: advanceTemplateArb(councilPhases) },
  { weight: 2, arbitrary: fc.constant({ kind: 'question' as const }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('endTurn' as const),
      type: fc.constantFrom('council.done' as const, 'council.pass' as const, 'council.skip' as const),
      speaker: fc.oneof({ weight: 4, arbitrary: fc.constant('current') }, { weight: 1, arbitrary: fc.constantFrom(...names) }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('plain' as const),
      type: fc.constantFrom('council.pause' as const, 'council.resume' as const, 'council.addMinute' as const, 'council.takeMinute' as const, 'council.addRound' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reorder' as const), keys: fc.array(fc.integer(), { minLength: 5, maxLength: 5 }), drop: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('idea' as const),
      type: fc.constantFrom('council.selectIdea' as const, 'council.unselectIdea' as const),
      ideaId: fc.constantFrom('i1', 'i2', 'i3'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('appreciate' as const), appreciationId: fc.constantFrom('a1', 'a2', 'a3') }) },
);

const byFacilitator = (command: CommandTemplate): DriverOp<Template> => ({ kind: 'command', template: { actor: 'facilitator', command } });

/** Half the sessions skip straight to round 1, so the rounds get most of the random commands. */
const quickStartArb: fc.Arbitrary<DriverOp<Template>[]> = fc.boolean().map((quick) =>
  quick
    ? [
        byFacilitator({ kind: 'advance', from: 'current' }),
        byFacilitator({ kind: 'advance', from: 'current' }),
        byFacilitator({ kind: 'question' }),
        byFacilitator({ kind: 'advance', from: 'current' }),
      ]
    : [],
);

const opArb = driverOpArb<Template>(
  fc.integer({ min: 0, max: 40 }),
  fc.record({ actor: fc.constantFrom<ActorName>('facilitator', 'facilitator', 'facilitator', 'facilitator', 'presenter', 'reviewer', 'observer'), command: commandArb }),
);

function resolve(state: CouncilState, { actor, command }: Template): { command: CouncilCommand; actor: SessionActor } {
  const made = ((): CouncilCommand => {
    switch (command.kind) {
      case 'advance':
        return { type: 'council.advance', from: command.from === 'current' ? state.phase : command.from };
      case 'question':
        return { type: 'council.setQuestion', question: 'How do I?' };
      case 'endTurn':
        return { type: command.type, speakerId: command.speaker === 'current' ? (state.current?.participantId ?? 'ana') : command.speaker };
      case 'plain':
        return { type: command.type };
      case 'reorder': {
        const order = state.participants.map((participant, index) => ({ id: participant.id, key: command.keys[index] ?? 0 }));
        const ids = order.sort((a, b) => a.key - b.key).map((entry) => entry.id);
        return { type: 'council.reorder', order: command.drop && ids.length > 1 ? ids.slice(1) : ids };
      }
      case 'idea':
        return { type: command.type, ideaId: command.ideaId };
      case 'appreciate':
        return { type: 'council.appreciate', appreciationId: command.appreciationId };
    }
  })();
  return { command: made, actor: actors[actor] };
}

const timedPhases: readonly CouncilPhase[] = ['presenterThinking', 'round', 'freshThinking'];
const roundOver: readonly CouncilPhase[] = ['freshThinking', 'selection', 'appreciations', 'closed'];

/** Everything that must hold of any session at any moment. */
/** What a Y.Doc reader gets: plain JSON the schema accepts unchanged. Checked once a run, as it is the slow part. */
function checkShape(state: CouncilState): void {
  expect(councilStateSchema.parse(state)).toStrictEqual(state);
  expect(throughJson(state)).toStrictEqual(state);
}

function checkInvariants(state: CouncilState, now: number, spokenByOracle: ReadonlyMap<string, number>): void {
  expect(isPlainJson(state)).toBe(true);

  // At most one speaker, and only during the rounds; a countdown exactly in the timed phases.
  expect(state.current !== null).toBe(state.phase === 'round');
  expect(state.timer !== null).toBe(timedPhases.includes(state.phase));
  expect(councilCurrentSpeaker(state)?.id ?? null).toBe(state.current?.participantId ?? null);
  expect(state.round).toBeLessThanOrEqual(state.rounds);
  expect(state.rounds).toBeLessThanOrEqual(maxCouncilRounds);

  // A settled running countdown has time left; the remaining time is never negative nor more than allowed.
  if (state.timer && !isTimerPaused(state.timer)) expect(councilRemainingMs(state, now)).toBeGreaterThan(0);
  for (const at of [now, now - seconds(30), now + seconds(100_000)]) {
    const remaining = councilRemainingMs(state, at);
    if (state.timer) expect(remaining).toBeGreaterThanOrEqual(0);
    if (state.timer) expect(remaining).toBeLessThanOrEqual(state.timer.durationMs);
    else expect(remaining).toBeNull();
  }

  const ids = state.participants.map((participant) => participant.id);
  for (let round = 1; round <= state.round; round += 1) {
    const turns = state.turns.filter((turn) => turn.round === round);
    const live = round === state.round && state.current ? [{ ...state.current, outcome: null }] : [];
    const firsts = [...turns, ...live].filter((turn) => turn.attempt === 'first').map((turn) => turn.participantId);
    const revisits = [...turns, ...live].filter((turn) => turn.attempt === 'revisit').map((turn) => turn.participantId);
    const passers = turns.filter((turn) => turn.attempt === 'first' && turn.outcome === 'pass').map((turn) => turn.participantId);
    // Nobody speaks twice in a round except once more after a pass, and second chances come after every first turn.
    expect(new Set(firsts).size).toBe(firsts.length);
    expect(new Set(revisits).size).toBe(revisits.length);
    for (const id of revisits) expect(passers).toContain(id);
    if (revisits.length > 0) expect([...firsts].sort()).toEqual([...ids].sort());
    const firstRevisit = turns.findIndex((turn) => turn.attempt === 'revisit');
    if (firstRevisit >= 0) expect(turns.slice(firstRevisit).every((turn) => turn.attempt === 'revisit')).toBe(true);
    // A finished round gave everyone exactly one turn, and everyone who passed exactly one more.
    if (round < state.round || roundOver.includes(state.phase)) {
      expect([...firsts].sort()).toEqual([...ids].sort());
      expect([...revisits].sort()).toEqual([...passers].sort());
    }
    // Turns follow on without a gap: each starts the moment the one before ended.
    for (let index = 1; index < turns.length; index += 1) expect(turns[index]?.startedAt).toBe(turns[index - 1]?.endedAt);
  }
  for (const turn of state.turns) {
    expect(turn.usedMs).toBeLessThanOrEqual(turn.allowedMs);
    expect(turn.usedMs).toBeLessThanOrEqual(turn.endedAt - turn.startedAt);
    if (turn.outcome === 'timeout') expect(turn.usedMs).toBe(turn.allowedMs);
  }

  // Recorded speaking time is exactly the time someone held the floor on a running clock.
  const totals = councilTotals(state, now);
  for (const entry of totals.byParticipant) expect(entry.spokenMs).toBe(spokenByOracle.get(entry.participantId) ?? 0);
  expect(totals.speakingMs).toBe([...spokenByOracle.values()].reduce((sum, ms) => sum + ms, 0));
  const record = councilSpeakingRecord(state, now);
  expect(record.reduce((sum, entry) => sum + entry.spokenMs, 0)).toBe(totals.speakingMs);

  expect(new Set(state.selectedIdeaIds).size).toBe(state.selectedIdeaIds.length);
  expect(new Set(state.appreciations.map((entry) => entry.appreciationId)).size).toBe(state.appreciations.length);
}

/** What an accepted command must have done. */
function checkAccepted(before: CouncilState, command: CouncilCommand, after: CouncilState): void {
  if (command.type === 'council.done' || command.type === 'council.pass' || command.type === 'council.skip') {
    expect(after.turns[before.turns.length]).toMatchObject({
      participantId: before.current?.participantId,
      outcome: command.type === 'council.done' ? 'done' : 'pass',
      skipped: command.type === 'council.skip',
    });
  }
  if (command.type === 'council.advance') expect(after.phase).not.toBe(before.phase);
  if (command.type === 'council.reorder') expect(after.participants.map((participant) => participant.id)).toEqual(command.order);
}

describe('the Council machine, for any sequence of commands and clock ticks', () => {
  it('stays consistent, records speaking time exactly, and catches up like punctual ticking', () => {
    fc.assert(
      fc.property(configArb, quickStartArb, fc.array(opArb, { minLength: 10, maxLength: 80, size: 'max' }), (config, quickStart, ops) => {
        const spoken = new Map<string, number>();
        const { state } = drive(machine, unwrap(createCouncil(config, t0)), t0, [...quickStart, ...ops], resolve, {
          eachSecond: (state) => {
            if (state.current && state.timer && !isTimerPaused(state.timer)) {
              spoken.set(state.current.participantId, (spoken.get(state.current.participantId) ?? 0) + 1_000);
            }
          },
          afterCommand: (before, command, _actor, outcome, now) => {
            if (outcome.ok) checkAccepted(before, command, outcome.value);
            else expect(outcome.error.message.length).toBeGreaterThan(0);
            expect(councilRemainingMs(before, now) ?? 0).toBeGreaterThanOrEqual(0);
          },
          afterOp: (state, now) => checkInvariants(state, now, spoken),
        });
        checkShape(state);
      }),
      { numRuns: 150 },
    );
  });

  it('runs every session to selection with one turn each per round and one second chance per pass', () => {
    const choiceArb = fc.constantFrom('done', 'pass', 'skip', 'timeout', 'pause');
    fc.assert(
      fc.property(configArb, fc.array(choiceArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 9 }), (config, choices, speakFor) => {
        let state = unwrap(createCouncil(config, t0));
        let now = t0;
        const step = (command: CouncilCommand) => {
          state = unwrap(applyCouncilCommand(state, command, facilitator, now));
        };
        step({ type: 'council.advance', from: 'contracting' });
        now += seconds(60);
        state = tickCouncil(state, now);
        step({ type: 'council.setQuestion', question: 'How do I?' });
        step({ type: 'council.advance', from: 'question' });
        for (let index = 0; state.phase !== 'selection'; index += 1) {
          expect(index).toBeLessThan(200);
          if (state.phase === 'freshThinking') {
            now += seconds(index % 2 === 0 ? 5 : 60);
            state = tickCouncil(state, now);
            if (state.phase === 'freshThinking') step({ type: 'council.advance', from: 'freshThinking' });
            continue;
          }
          const choice = choices[index % choices.length];
          now += seconds(speakFor);
          state = tickCouncil(state, now);
          const speakerId = state.current?.participantId;
          if (!speakerId) continue;
          if (choice === 'timeout') {
            now += state.timer?.durationMs ?? 0;
            state = tickCouncil(state, now);
          } else if (choice === 'pause') {
            step({ type: 'council.pause' });
            now += seconds(30);
            step({ type: 'council.resume' });
            step({ type: 'council.done', speakerId });
          } else {
            step({ type: choice === 'done' ? 'council.done' : choice === 'pass' ? 'council.pass' : 'council.skip', speakerId });
          }
        }
        const ids = state.participants.map((participant) => participant.id).sort();
        expect(state.round).toBe(config.rounds);
        expect(state.rounds).toBe(config.rounds);
        for (let round = 1; round <= state.round; round += 1) {
          const turns = state.turns.filter((turn) => turn.round === round);
          const firsts = turns.filter((turn) => turn.attempt === 'first');
          expect(firsts.map((turn) => turn.participantId).sort()).toEqual(ids);
          expect(turns.filter((turn) => turn.attempt === 'revisit').map((turn) => turn.participantId)).toEqual(
            firsts.filter((turn) => turn.outcome === 'pass').map((turn) => turn.participantId),
          );
        }
        expect(councilSpeakingRecord(state, now)).toHaveLength(ids.length * state.rounds);
      }),
      { numRuns: 200 },
    );
  });
});
