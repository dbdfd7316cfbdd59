import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionActor } from '../../src/session/actor';
import { isTimerPaused } from '../../src/session/timer';
import { applyPstbCommand } from '../../src/pstb/applyPstbCommand';
import { createPstb } from '../../src/pstb/createPstb';
import type { PstbCommand } from '../../src/pstb/pstbCommands';
import { pstbSteps } from '../../src/pstb/pstbPlan';
import { pstbRemainingMs } from '../../src/pstb/pstbSelectors';
import { maxPstbSelection, pstbPhases, pstbStateSchema, type PstbPhase, type PstbState } from '../../src/pstb/pstbState';
import { pstbTimeline } from '../../src/pstb/pstbTimeline';
import { tickPstb } from '../../src/pstb/tickPstb';
import { advanceTemplateArb, drive, driverOpArb, type DriverOp, type Machine } from '../council/support/clockDriver';
import { seconds, unwrap } from '../council/support/outcomes';
import { isPlainJson, throughJson } from '../council/support/purity';
import { facilitator, observer, presenter, reviewer, t0 } from './support/pstbFixtures';

const machine: Machine<PstbState, PstbCommand> = { apply: applyPstbCommand, tick: tickPstb };
const actors = { facilitator, presenter, reviewer, observer } satisfies Record<string, SessionActor>;
/** `rightful` is whoever the rules let send that command: most commands come from them, some from anyone. */
type ActorName = keyof typeof actors | 'rightful';
const ideas = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'] as const;

/** Short contracts to the second, 5 to 8 minutes, so whole sessions fit in a few hundred ticks. */
const contractMinutesArb = fc.integer({ min: 300, max: 480 }).map((totalSeconds) => totalSeconds / 60);

type CommandTemplate =
  | { kind: 'advance'; from: PstbPhase | 'current' }
  | { kind: 'contract'; contractMinutes: number }
  | { kind: 'problem' }
  | { kind: 'plain'; type: 'pstb.pause' | 'pstb.resume' | 'pstb.addMinute' | 'pstb.takeMinute' }
  | { kind: 'shortlist'; ideaIds: string[] }
  | { kind: 'idea'; type: 'pstb.selectIdea' | 'pstb.unselectIdea' | 'pstb.eliminateIdea' | 'pstb.reinstateIdea'; ideaId: string };
type Template = { actor: ActorName; command: CommandTemplate };

const commandArb: fc.Arbitrary<CommandTemplate> = fc.oneof(
  { weight: 4, arbitrary: advanceTemplateArb(pstbPhases) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('contract' as const), contractMinutes: contractMinutesArb }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'problem' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('plain' as const),
      type: fc.constantFrom('pstb.pause' as const, 'pstb.resume' as const, 'pstb.addMinute' as const, 'pstb.takeMinute' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('shortlist' as const),
      ideaIds: fc.oneof(fc.constant<string[]>([]), fc.shuffledSubarray<string>([...ideas], { minLength: 3, maxLength: 5 })),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('idea' as const),
      type: fc.constantFrom('pstb.selectIdea' as const, 'pstb.selectIdea' as const, 'pstb.unselectIdea' as const, 'pstb.eliminateIdea' as const, 'pstb.eliminateIdea' as const, 'pstb.reinstateIdea' as const),
      // Most picks from the first three, so eliminations and unselections often find a chosen idea.
      ideaId: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('i1', 'i2', 'i3') }, { weight: 1, arbitrary: fc.constantFrom(...ideas) }),
    }),
  },
);

/** Some sessions start at once, some jump to selection, so the later steps get their share of random commands. */
const quickStartArb: fc.Arbitrary<DriverOp<Template>[]> = fc.integer({ min: 0, max: 3 }).map((advances) =>
  Array.from({ length: advances }, () => ({ kind: 'command' as const, template: { actor: 'facilitator' as const, command: { kind: 'advance' as const, from: 'current' as const } } })),
);

const opArb = driverOpArb<Template>(
  // Mostly short waits, so the short steps (critical concerns is 30 to 48 s here) see commands too.
  fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 10 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }) }),
  fc.record({
    actor: fc.oneof({ weight: 4, arbitrary: fc.constant<ActorName>('rightful') }, { weight: 3, arbitrary: fc.constantFrom<ActorName>('facilitator', 'presenter', 'reviewer', 'observer') }),
    command: commandArb,
  }),
);

function resolve(state: PstbState, { actor, command }: Template): { command: PstbCommand; actor: SessionActor } {
  const made = ((): PstbCommand => {
    switch (command.kind) {
      case 'advance':
        return { type: 'pstb.advance', from: command.from === 'current' ? state.phase : command.from };
      case 'contract':
        return { type: 'pstb.setContract', contractMinutes: command.contractMinutes };
      case 'problem':
        return { type: 'pstb.setProblem', problem: 'How do I?' };
      case 'plain':
        return { type: command.type };
      case 'shortlist':
        return { type: 'pstb.shortlist', ideaIds: command.ideaIds };
      case 'idea':
        return { type: command.type, ideaId: command.ideaId };
    }
  })();
  const presentersChoice = command.kind === 'idea' || command.kind === 'problem';
  return { command: made, actor: actors[actor === 'rightful' ? (presentersChoice ? 'presenter' : 'facilitator') : actor] };
}

const stepIndex = (phase: PstbPhase) => pstbPhases.indexOf(phase);

/** What a Y.Doc reader gets: plain JSON the schema accepts unchanged. Checked once a run, as it is the slow part. */
function checkShape(state: PstbState): void {
  expect(pstbStateSchema.parse(state)).toStrictEqual(state);
  expect(throughJson(state)).toStrictEqual(state);
}

function checkInvariants(state: PstbState, now: number, runningMs: number): void {
  expect(isPlainJson(state)).toBe(true);

  // The plan adds up exactly to the contract, in whole seconds.
  expect(pstbSteps.reduce((sum, step) => sum + state.plan[step], 0)).toBe(state.contractMs);
  expect(state.contractMs % 1_000).toBe(0);

  // A countdown exactly during the steps; overtime only in selection; the remaining time within bounds.
  const inStep = stepIndex(state.phase) > 0 && state.phase !== 'closed';
  expect(state.timer !== null).toBe(inStep);
  if (state.overtime) expect(state.phase).toBe('selection');
  if (state.timer && !state.overtime && !isTimerPaused(state.timer)) expect(pstbRemainingMs(state, now)).toBeGreaterThan(0);
  for (const at of [now, now - seconds(30), now + seconds(100_000)]) {
    const remaining = pstbRemainingMs(state, at);
    if (state.timer) expect(remaining).toBeGreaterThanOrEqual(0);
    if (state.timer) expect(remaining).toBeLessThanOrEqual(state.timer.durationMs);
  }

  // The steps happen in order, each starting the moment the one before ended.
  expect(state.history.map((record) => record.step)).toEqual(pstbSteps.slice(0, Math.max(0, stepIndex(state.phase) - 1)));
  state.history.forEach((record, index) => {
    if (index > 0) expect(record.startedAt).toBe(state.history[index - 1]?.endedAt);
    if (record.endedBy === 'timeout') expect(record.usedMs).toBe(record.allowedMs);
    expect(record.usedMs).toBeLessThanOrEqual(record.endedAt - record.startedAt);
  });
  if (state.history[0]) expect(state.history[0].startedAt).toBe(state.startedAt);

  // The presenter's choice: 1 to 3 ideas once past selection, from the shortlist when there is one; drops among the chosen.
  expect(new Set(state.selectedIdeaIds).size).toBe(state.selectedIdeaIds.length);
  expect(state.selectedIdeaIds.length).toBeLessThanOrEqual(maxPstbSelection);
  if (stepIndex(state.phase) > stepIndex('selection')) expect(state.selectedIdeaIds.length).toBeGreaterThanOrEqual(1);
  if (state.shortlistIdeaIds.length > 0) {
    expect(state.shortlistIdeaIds.length).toBeGreaterThanOrEqual(3);
    expect(state.shortlistIdeaIds.length).toBeLessThanOrEqual(5);
    for (const id of state.selectedIdeaIds) expect(state.shortlistIdeaIds).toContain(id);
  }
  for (const id of state.eliminatedIdeaIds) expect(state.selectedIdeaIds).toContain(id);
  expect(new Set(state.eliminatedIdeaIds).size).toBe(state.eliminatedIdeaIds.length);

  // The timeline's actual time is exactly the time a step ran on a running clock.
  const timeline = pstbTimeline(state, now);
  expect(timeline.usedMs).toBe(runningMs);
  expect(timeline.steps.reduce((sum, entry) => sum + entry.plannedMs, 0)).toBe(state.contractMs);
}

describe('the PSTB machine, for any sequence of commands and clock ticks', () => {
  it('stays consistent, keeps the plan to the contract, and catches up like punctual ticking', () => {
    fc.assert(
      fc.property(contractMinutesArb, quickStartArb, fc.array(opArb, { minLength: 10, maxLength: 80, size: 'max' }), (contractMinutes, quickStart, ops) => {
        let runningMs = 0;
        const initial = unwrap(createPstb({ sessionId: 'pstb-p', presenter: { id: 'host', name: 'Hana' }, contractMinutes }, t0));
        const { state } = drive(machine, initial, t0, [...quickStart, ...ops], resolve, {
          eachSecond: (state) => {
            if (state.timer && !isTimerPaused(state.timer)) runningMs += 1_000;
          },
          afterCommand: (before, command, _actor, outcome) => {
            if (!outcome.ok) return;
            if (command.type === 'pstb.advance') expect(stepIndex(outcome.value.phase)).toBeGreaterThan(stepIndex(before.phase));
            if (command.type === 'pstb.selectIdea') expect(outcome.value.selectedIdeaIds).toContain(command.ideaId);
          },
          afterOp: (state, now) => checkInvariants(state, now, runningMs),
        });
        checkShape(state);
      }),
      { numRuns: 100 },
    );
  });
});
