import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles';
import { applyReportFlowCommand, type ReportFacts } from '../../src/reportFlow/reportFlowRules';
import type { ReportFlowCommand } from '../../src/reportFlow/reportFlowCommands';
import { emptyReportFlow, reportFlowStateSchema, type ReportActor, type ReportFlowState } from '../../src/reportFlow/reportFlowState';

const lee: ReportActor = { participantId: 'p-lead', name: 'Lee Morgan', role: 'facilitator' };
const hana: ReportActor = { participantId: 'p-host', name: 'Hana Head', role: 'host' };
const rae: ReportActor = { participantId: 'p-rev', name: 'Rae Reviewer', role: 'reviewer' };
const olu: ReportActor = { participantId: 'p-obs', name: 'Olu Observer', role: 'observer' };
// A screen link never joins by name, so the relay refuses it first; the rules refuse it too.
const projector: ReportActor = { participantId: 'p-screen', name: 'Projector', role: 'screen' };

let ids = 0;
const facts = (text: string, now = 1_000): ReportFacts => ({ now, fingerprint: `fp-${text}`, markdown: `# ${text}`, newId: () => `c${(ids += 1)}` });

function run(state: ReportFlowState, command: ReportFlowCommand, actor: ReportActor, text = 'v1'): ReportFlowState {
  const outcome = applyReportFlowCommand(state, command, actor, facts(text));
  if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.value;
}

function refusal(state: ReportFlowState, command: ReportFlowCommand, actor: ReportActor, text = 'v1'): string {
  const outcome = applyReportFlowCommand(state, command, actor, facts(text));
  return outcome.ok ? 'accepted' : outcome.error.code;
}

describe('the report flow', () => {
  it('goes draft → shared → agreed → final → version 2, recording who and when', () => {
    let state = run(emptyReportFlow, { type: 'report.share' }, lee);
    expect(state.stage).toBe('shared');
    state = run(state, { type: 'report.comment', target: { kind: 'theme', themeId: 't1' }, text: 'Year 4, not Year 5' }, hana);
    state = run(state, { type: 'report.agree' }, hana);
    expect(state.stage).toBe('shared');
    state = run(state, { type: 'report.agree' }, lee);
    expect(state.stage).toBe('agreed');
    state = run(state, { type: 'report.finalise' }, lee);
    expect(state.stage).toBe('final');
    expect(state.finals).toEqual([{ version: 1, at: 1_000, by: lee, fingerprint: 'fp-v1', markdown: '# v1' }]);
    // Only the Lead Reviewer starts the next version; with its words frozen while final, that is how even a typo gets fixed.
    expect(refusal(state, { type: 'report.nextVersion' }, hana)).toBe('not_allowed');
    state = run(state, { type: 'report.nextVersion' }, lee, 'v1');
    expect(state).toMatchObject({ stage: 'draft', version: 2, agreements: { host: null, lead: null } });
    expect(state.steps.map((step) => [step.step, step.version, step.by.name])).toEqual([
      ['shared', 1, 'Lee Morgan'],
      ['agreed', 1, 'Hana Head'],
      ['agreed', 1, 'Lee Morgan'],
      ['final', 1, 'Lee Morgan'],
      ['next version', 2, 'Lee Morgan'],
    ]);
    expect(state.comments).toHaveLength(1);
    expect(reportFlowStateSchema.safeParse(state).success).toBe(true);
  });

  it('makes a report final only when both agreed the text as it reads now', () => {
    let state = run(emptyReportFlow, { type: 'report.share' }, lee);
    expect(refusal(state, { type: 'report.finalise' }, lee)).toBe('not_agreed');
    state = run(state, { type: 'report.agree' }, hana, 'v1');
    state = run(state, { type: 'report.agree' }, lee, 'v1b');
    // The Lead Reviewer agreed a changed text: the host's agreement is of an earlier one.
    expect(state.stage).toBe('shared');
    expect(refusal(state, { type: 'report.finalise' }, lee, 'v1b')).toBe('changed_since_agreed');
    state = run(state, { type: 'report.agree' }, hana, 'v1b');
    expect(state.stage).toBe('agreed');
    expect(refusal(state, { type: 'report.finalise' }, lee, 'v1c')).toBe('changed_since_agreed');
    expect(run(state, { type: 'report.finalise' }, lee, 'v1b').stage).toBe('final');
  });

  it('lets only the host and the Lead Reviewer agree, only the Lead Reviewer share and finalise, and keeps observers to reading', () => {
    const shared = run(emptyReportFlow, { type: 'report.share' }, lee);
    for (const actor of [rae, olu, hana]) expect(refusal(emptyReportFlow, { type: 'report.share' }, actor)).toBe('not_allowed');
    for (const actor of [rae, olu, projector]) expect(refusal(shared, { type: 'report.agree' }, actor)).toBe('not_allowed');
    expect(refusal(shared, { type: 'report.comment', target: { kind: 'report' }, text: 'Looks right' }, olu)).toBe('not_allowed');
    expect(refusal(emptyReportFlow, { type: 'report.comment', target: { kind: 'report' }, text: 'Early view' }, hana)).toBe('wrong_stage');
    expect(refusal(emptyReportFlow, { type: 'report.comment', target: { kind: 'report' }, text: 'Team note' }, rae)).toBe('accepted');
    const agreed = run(run(shared, { type: 'report.agree' }, hana), { type: 'report.agree' }, lee);
    for (const actor of [rae, olu, hana]) expect(refusal(agreed, { type: 'report.finalise' }, actor)).toBe('not_allowed');
  });

  it('lets the author or the Lead Reviewer resolve a comment, and no one comment on a final version', () => {
    let state = run(emptyReportFlow, { type: 'report.share' }, lee);
    state = run(state, { type: 'report.comment', target: { kind: 'heading', headingId: 'h1' }, text: 'Please add the date' }, hana);
    const commentId = state.comments[0]!.id;
    expect(refusal(state, { type: 'report.resolveComment', commentId }, rae)).toBe('not_allowed');
    expect(refusal(state, { type: 'report.resolveComment', commentId: 'nope' }, lee)).toBe('no_such_comment');
    state = run(state, { type: 'report.resolveComment', commentId }, hana);
    expect(state.comments[0]!.resolved).toMatchObject({ by: hana });
    state = run(run(run(state, { type: 'report.agree' }, hana), { type: 'report.agree' }, lee), { type: 'report.finalise' }, lee);
    expect(refusal(state, { type: 'report.comment', target: { kind: 'report' }, text: 'Late' }, hana)).toBe('wrong_stage');
  });
});

const actors: Record<Role, ReportActor> = { facilitator: lee, host: hana, reviewer: rae, observer: olu, screen: projector };
const commandArb: fc.Arbitrary<ReportFlowCommand> = fc.oneof(
  fc.constant({ type: 'report.share' as const }),
  fc.constant({ type: 'report.agree' as const }),
  fc.constant({ type: 'report.finalise' as const }),
  fc.constant({ type: 'report.nextVersion' as const }),
  fc.constant({ type: 'report.comment' as const, target: { kind: 'report' as const }, text: 'A comment' }),
);
const stepArb = fc.record({ command: commandArb, role: fc.constantFrom<Role>('facilitator', 'host', 'reviewer', 'observer', 'screen'), text: fc.constantFrom('a', 'b', 'c') });

describe('the report flow (property)', () => {
  it('never lets a reviewer or observer change an agreement, and every final version was agreed by both on its text', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        let state = emptyReportFlow;
        for (const { command, role, text } of steps) {
          const outcome = applyReportFlowCommand(state, command, actors[role], facts(text));
          if (!outcome.ok) continue;
          if (role === 'reviewer' || role === 'observer' || role === 'screen') expect(outcome.value.agreements).toEqual(state.agreements);
          if (command.type === 'report.finalise') {
            expect(state.agreements.host?.fingerprint).toBe(`fp-${text}`);
            expect(state.agreements.lead?.fingerprint).toBe(`fp-${text}`);
            expect(outcome.value.finals.at(-1)?.fingerprint).toBe(`fp-${text}`);
          }
          expect(reportFlowStateSchema.safeParse(outcome.value).success).toBe(true);
          state = outcome.value;
        }
        expect(state.finals.map((final) => final.version)).toEqual(state.finals.map((_, at) => at + 1));
      }),
      { numRuns: 300 },
    );
  });
});
