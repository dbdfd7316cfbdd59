import fc from 'fast-check';
import { expect } from 'vitest';
import type { SessionActor } from '../../../src/session/actor';
import { sessionErrorCodes, type SessionOutcome } from '../../../src/session/outcome';
import { deepFreeze } from './purity';

/** What a property test needs of a machine: its command rule and its tick. */
export interface Machine<S, C> {
  apply: (state: S, command: C, actor: SessionActor, now: number) => SessionOutcome<S>;
  tick: (state: S, now: number) => S;
}

/** Waiting whole seconds (ticking only at the end when `tick` is set), or a command made from a template. */
export type DriverOp<T> = { kind: 'wait'; seconds: number; tick: boolean } | { kind: 'command'; template: T };

/** An advance: mostly from the phase the session is in when it is sent (filled in then), sometimes from any phase. */
export function advanceTemplateArb<P extends string>(phases: readonly P[]): fc.Arbitrary<{ kind: 'advance'; from: P | 'current' }> {
  return fc.record({
    kind: fc.constant('advance' as const),
    from: fc.oneof({ weight: 4, arbitrary: fc.constant('current' as const) }, { weight: 1, arbitrary: fc.constantFrom(...phases) }),
  });
}

/** Waiting (ticked at its end or not) or sending a command, about two to five. */
export function driverOpArb<T>(waitSeconds: fc.Arbitrary<number>, template: fc.Arbitrary<T>): fc.Arbitrary<DriverOp<T>> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), seconds: waitSeconds, tick: fc.boolean() }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('command' as const), template }) },
  );
}

export interface DriveHooks<S, C> {
  /** Every second of waiting, with the state as it stands at the start of that second. */
  eachSecond?: (state: S, at: number) => void;
  afterCommand?: (before: S, command: C, actor: SessionActor, outcome: SessionOutcome<S>, now: number) => void;
  /** After every op, with the state as it stands at `now`. */
  afterOp?: (state: S, now: number) => void;
}

/**
 * Plays the ops on two copies of the machine: one ticked every second, one ticked rarely or only
 * by its commands. They must agree after every op, which is what catching up after a delay means.
 * Every state handed to a rule is frozen, so a rule that changes its input fails here.
 */
export function drive<S, C, T>(
  machine: Machine<S, C>,
  initial: S,
  start: number,
  ops: readonly DriverOp<T>[],
  resolve: (settled: S, template: T) => { command: C; actor: SessionActor },
  hooks: DriveHooks<S, C> = {},
): { state: S; now: number } {
  let fine = deepFreeze(initial);
  let coarse = fine;
  let now = start;
  for (const op of ops) {
    if (op.kind === 'wait') {
      for (let second = 0; second < op.seconds; second += 1) {
        fine = machine.tick(fine, now);
        hooks.eachSecond?.(fine, now);
        now += 1_000;
      }
      fine = machine.tick(fine, now);
      if (op.tick) coarse = machine.tick(coarse, now);
    } else {
      const before = machine.tick(fine, now);
      const { command, actor } = resolve(before, op.template);
      const snapshot = structuredClone(fine);
      const outcome = machine.apply(deepFreeze(fine), command, actor, now);
      const coarseOutcome = machine.apply(deepFreeze(coarse), command, actor, now);
      expect(fine).toStrictEqual(snapshot);
      expect(coarseOutcome).toStrictEqual(outcome);
      if (!outcome.ok) expect(sessionErrorCodes).toContain(outcome.error.code);
      hooks.afterCommand?.(before, command, actor, outcome, now);
      if (outcome.ok && coarseOutcome.ok) {
        fine = deepFreeze(outcome.value);
        coarse = deepFreeze(coarseOutcome.value);
      }
    }
    const settled = machine.tick(fine, now);
    expect(machine.tick(coarse, now)).toStrictEqual(settled);
    hooks.afterOp?.(settled, now);
  }
  return { state: machine.tick(fine, now), now };
}
