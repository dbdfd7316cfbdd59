import type { Role } from '../auth/roles';
import type { Outcome, Refusal, RefusalKind } from '../rules/outcome';
import type { ReportFlowCommand } from './reportFlowCommands';
import {
  maxFinalReports,
  maxReportComments,
  maxReportSteps,
  type ReportActor,
  type ReportAgreement,
  type ReportFlowState,
  type ReportStep,
} from './reportFlowState';

export const reportFlowErrorCodes = ['not_allowed', 'wrong_stage', 'not_agreed', 'changed_since_agreed', 'no_such_comment', 'too_many'] as const;
export type ReportFlowErrorCode = (typeof reportFlowErrorCodes)[number];
export type ReportFlowOutcome = Outcome<ReportFlowState, Refusal<ReportFlowErrorCode>>;

/** A conflict when the report is not at the stage the step needs (reloading shows where it is), forbidden when this person may not take it. */
export const reportFlowRefusalKinds: Record<ReportFlowErrorCode, RefusalKind> = {
  not_allowed: 'forbidden',
  wrong_stage: 'conflict',
  not_agreed: 'conflict',
  changed_since_agreed: 'conflict',
  no_such_comment: 'not_found',
  too_many: 'too_many',
};

/** What the relay knows when a step is taken: its clock, and the host's copy of the report as it reads now. */
export interface ReportFacts {
  now: number;
  /** `reportFingerprint` of `markdown`. */
  fingerprint: string;
  /** The host's copy of the report in Markdown, redacted, as it would be downloaded now. */
  markdown: string;
  newId: () => string;
}

/** Who may comment on the report: the team and the host; observers read. */
export const reportCommentRoles: readonly Role[] = ['facilitator', 'reviewer', 'host'];

const refused = (code: ReportFlowErrorCode, message: string): ReportFlowOutcome => ({ ok: false, error: { code, message } });
const accepted = (value: ReportFlowState): ReportFlowOutcome => ({ ok: true, value });

/** Which confirmation an actor gives: the host's or the Lead Reviewer's; nobody else agrees a report. */
function agreementSide(role: Role): 'host' | 'lead' | null {
  if (role === 'host') return 'host';
  if (role === 'facilitator') return 'lead';
  return null;
}

/** Whether each side's confirmation is of the text as it reads now, of an earlier text, or missing. */
export type AgreementStanding = 'current' | 'earlier text' | 'not yet';

export function agreementStanding(agreement: ReportAgreement | null, fingerprint: string): AgreementStanding {
  if (!agreement) return 'not yet';
  return agreement.fingerprint === fingerprint ? 'current' : 'earlier text';
}

function withStep(state: ReportFlowState, step: Omit<ReportStep, 'version'>): ReportFlowState['steps'] {
  return [...state.steps, { ...step, version: state.version }].slice(-maxReportSteps);
}

/**
 * One step of the report's flow, checked against who takes it and where the report stands:
 * the Lead Reviewer shares the draft, the host and the Lead Reviewer each agree the text as it
 * reads (the report is agreed once both agreed the same text), the Lead Reviewer makes an agreed
 * report final (kept as it was agreed: while it is, the relay refuses changes to the report's own
 * words, estimates and redactions) and starts the next version, which opens them again.
 * The team and the host comment on the report until it is final.
 */
export function applyReportFlowCommand(state: ReportFlowState, command: ReportFlowCommand, actor: ReportActor, facts: ReportFacts): ReportFlowOutcome {
  const lead = actor.role === 'facilitator';
  switch (command.type) {
    case 'report.share':
      if (!lead) return refused('not_allowed', 'only the Lead Reviewer shares the report with the host');
      if (state.stage !== 'draft') return refused('wrong_stage', `the report is already ${state.stage}`);
      return accepted({ ...state, stage: 'shared', steps: withStep(state, { step: 'shared', by: actor, at: facts.now }) });

    case 'report.agree': {
      const side = agreementSide(actor.role);
      if (!side) return refused('not_allowed', 'only the host and the Lead Reviewer agree the report');
      if (state.stage !== 'shared' && state.stage !== 'agreed') {
        return refused('wrong_stage', state.stage === 'draft' ? 'the report has not been shared with the host yet' : 'this version is final: the next version can be agreed once it starts');
      }
      const agreements = { ...state.agreements, [side]: { by: actor, at: facts.now, fingerprint: facts.fingerprint } };
      const both = agreements.host?.fingerprint === facts.fingerprint && agreements.lead?.fingerprint === facts.fingerprint;
      return accepted({ ...state, agreements, stage: both ? 'agreed' : 'shared', steps: withStep(state, { step: 'agreed', by: actor, at: facts.now }) });
    }

    case 'report.finalise': {
      if (!lead) return refused('not_allowed', 'only the Lead Reviewer makes the report final');
      if (state.stage === 'final') return refused('wrong_stage', `version ${state.version} is already final`);
      const host = agreementStanding(state.agreements.host, facts.fingerprint);
      const leadStanding = agreementStanding(state.agreements.lead, facts.fingerprint);
      if (host === 'not yet' || leadStanding === 'not yet') return refused('not_agreed', 'the host and the Lead Reviewer must both agree the report before it is final');
      if (host !== 'current' || leadStanding !== 'current') {
        return refused('changed_since_agreed', 'the report has changed since it was agreed: both must agree the text as it reads now');
      }
      if (state.finals.length >= maxFinalReports) return refused('too_many', `a board keeps at most ${maxFinalReports} final versions`);
      const final = { version: state.version, at: facts.now, by: actor, fingerprint: facts.fingerprint, markdown: facts.markdown };
      return accepted({ ...state, stage: 'final', finals: [...state.finals, final], steps: withStep(state, { step: 'final', by: actor, at: facts.now }) });
    }

    case 'report.nextVersion': {
      if (!lead) return refused('not_allowed', 'only the Lead Reviewer starts the next version');
      if (state.stage !== 'final') return refused('wrong_stage', `version ${state.version} is not final yet`);
      const next = { ...state, stage: 'draft' as const, version: state.version + 1, agreements: { host: null, lead: null } };
      return accepted({ ...next, steps: withStep(next, { step: 'next version', by: actor, at: facts.now }) });
    }

    case 'report.comment':
      if (!reportCommentRoles.includes(actor.role)) return refused('not_allowed', 'observers read the report; the team and the host comment on it');
      if (state.stage === 'final') return refused('wrong_stage', `version ${state.version} is final: comments go on the next version`);
      if (actor.role === 'host' && state.stage === 'draft') return refused('wrong_stage', 'the host comments once the Lead Reviewer has shared the draft');
      if (state.comments.length >= maxReportComments) return refused('too_many', `a report holds at most ${maxReportComments} comments`);
      return accepted({
        ...state,
        comments: [...state.comments, { id: facts.newId(), target: command.target, text: command.text, by: actor, at: facts.now, version: state.version, resolved: null }],
      });

    case 'report.resolveComment': {
      const comment = state.comments.find((candidate) => candidate.id === command.commentId);
      if (!comment) return refused('no_such_comment', 'there is no such comment on this report');
      if (!lead && comment.by.participantId !== actor.participantId) return refused('not_allowed', 'only the Lead Reviewer or the comment’s author resolves it');
      if (comment.resolved) return accepted(state);
      return accepted({
        ...state,
        comments: state.comments.map((candidate) => (candidate.id === comment.id ? { ...candidate, resolved: { by: actor, at: facts.now } } : candidate)),
      });
    }
  }
}
