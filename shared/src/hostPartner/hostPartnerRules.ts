import type { Outcome, Refusal, RefusalKind } from '../rules/outcome';
import type { ReportActor } from '../reportFlow/reportFlowState';
import type { HostPartnerCommand } from './hostPartnerCommands';
import {
  maxHostComments,
  maxKeyQuestionAgreements,
  maxKeyQuestionProposals,
  maxThemeAgreementActs,
  type HostPartnerState,
} from './hostPartnerState';
import { currentThemeAct } from './themeAgreement';

export const hostPartnerErrorCodes = ['not_allowed', 'no_such_theme', 'no_such_comment', 'no_such_proposal', 'no_such_key_question', 'already_decided', 'too_many'] as const;
export type HostPartnerErrorCode = (typeof hostPartnerErrorCodes)[number];
export type HostPartnerOutcome = Outcome<HostPartnerState, Refusal<HostPartnerErrorCode>>;

export const hostPartnerRefusalKinds: Record<HostPartnerErrorCode, RefusalKind> = {
  not_allowed: 'forbidden',
  no_such_theme: 'not_found',
  no_such_comment: 'not_found',
  no_such_proposal: 'not_found',
  no_such_key_question: 'not_found',
  already_decided: 'conflict',
  too_many: 'too_many',
};

/** What the relay knows when the host acts: its clock, and which themes and key questions the board holds now. */
export interface HostPartnerFacts {
  now: number;
  newId: () => string;
  themeIds: ReadonlySet<string>;
  keyQuestionIds: ReadonlySet<string>;
}

const refused = (code: HostPartnerErrorCode, message: string): HostPartnerOutcome => ({ ok: false, error: { code, message } });
const accepted = (value: HostPartnerState): HostPartnerOutcome => ({ ok: true, value });

const hostOnly: Partial<Record<HostPartnerCommand['type'], string>> = {
  'host.agreeTheme': "only the host records the host's agreement with a theme",
  'host.commentTheme': 'only the host comments on a theme here; the team comments on the report',
  'host.proposeKeyQuestion': 'only the host proposes key questions; the team adds them on the board',
  'host.agreeKeyQuestion': 'only the host agrees a key question',
};

/**
 * One act of the host as a partner, checked against who takes it: the host marks a theme tested,
 * agreed or back to none, comments on it, proposes key questions and agrees the board's; the Lead
 * Reviewer accepts or declines a proposal and resolves comments (as may the comment's author).
 * Repeating where a theme or question already stands records nothing new.
 */
export function applyHostPartnerCommand(state: HostPartnerState, command: HostPartnerCommand, actor: ReportActor, facts: HostPartnerFacts): HostPartnerOutcome {
  const host = actor.role === 'host';
  const lead = actor.role === 'facilitator';
  const hostOnlyReason = hostOnly[command.type];
  if (hostOnlyReason && !host) return refused('not_allowed', hostOnlyReason);
  switch (command.type) {
    case 'host.agreeTheme': {
      if (!facts.themeIds.has(command.themeId)) return refused('no_such_theme', 'there is no such theme on this board');
      if ((currentThemeAct(state, command.themeId)?.state ?? 'none') === command.state) return accepted(state);
      if (state.themeActs.length >= maxThemeAgreementActs) return refused('too_many', `a board keeps at most ${maxThemeAgreementActs} agreements by the host`);
      return accepted({ ...state, themeActs: [...state.themeActs, { themeId: command.themeId, state: command.state, by: actor, at: facts.now }] });
    }

    case 'host.commentTheme':
      if (!facts.themeIds.has(command.themeId)) return refused('no_such_theme', 'there is no such theme on this board');
      if (state.comments.length >= maxHostComments) return refused('too_many', `a board holds at most ${maxHostComments} comments by the host`);
      return accepted({ ...state, comments: [...state.comments, { id: facts.newId(), themeId: command.themeId, text: command.text, by: actor, at: facts.now, resolved: null }] });

    case 'host.resolveComment': {
      const comment = state.comments.find((candidate) => candidate.id === command.commentId);
      if (!comment) return refused('no_such_comment', 'there is no such comment on this board');
      if (!lead && comment.by.participantId !== actor.participantId) return refused('not_allowed', 'only the Lead Reviewer or the comment’s author resolves it');
      if (comment.resolved) return accepted(state);
      return accepted({ ...state, comments: state.comments.map((candidate) => (candidate.id === comment.id ? { ...candidate, resolved: { by: actor, at: facts.now } } : candidate)) });
    }

    case 'host.proposeKeyQuestion':
      if (state.proposals.length >= maxKeyQuestionProposals) return refused('too_many', `a board holds at most ${maxKeyQuestionProposals} proposed key questions`);
      return accepted({ ...state, proposals: [...state.proposals, { id: facts.newId(), text: command.text, by: actor, at: facts.now, decision: null }] });

    case 'host.decideProposal': {
      if (!lead) return refused('not_allowed', "only the Lead Reviewer accepts or declines the host's proposal");
      const proposal = state.proposals.find((candidate) => candidate.id === command.proposalId);
      if (!proposal) return refused('no_such_proposal', 'there is no such proposal on this board');
      if (proposal.decision) return refused('already_decided', `this proposal was already ${proposal.decision.accepted ? 'accepted' : 'declined'} by ${proposal.decision.by.name}`);
      if (command.accept && state.keyQuestionAgreements.length >= maxKeyQuestionAgreements) {
        return refused('too_many', `a board keeps at most ${maxKeyQuestionAgreements} key question agreements`);
      }
      const proposals = state.proposals.map((candidate) => (candidate.id === proposal.id ? { ...candidate, decision: { accepted: command.accept, by: actor, at: facts.now } } : candidate));
      // The host agreed the question by proposing it: accepted, it counts as agreed by them from then.
      const agreement = { keyQuestionId: proposal.id, by: proposal.by, at: proposal.at };
      const keyQuestionAgreements = command.accept ? [...state.keyQuestionAgreements, agreement] : state.keyQuestionAgreements;
      return accepted({ ...state, proposals, keyQuestionAgreements });
    }

    case 'host.agreeKeyQuestion':
      if (!facts.keyQuestionIds.has(command.keyQuestionId)) return refused('no_such_key_question', 'there is no such key question on this board');
      if (state.keyQuestionAgreements.some((agreement) => agreement.keyQuestionId === command.keyQuestionId)) return accepted(state);
      if (state.keyQuestionAgreements.length >= maxKeyQuestionAgreements) return refused('too_many', `a board keeps at most ${maxKeyQuestionAgreements} key question agreements`);
      return accepted({ ...state, keyQuestionAgreements: [...state.keyQuestionAgreements, { keyQuestionId: command.keyQuestionId, by: actor, at: facts.now }] });
  }
}
