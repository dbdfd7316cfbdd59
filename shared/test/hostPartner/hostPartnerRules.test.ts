import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles';
import { recordKinds } from '../../src/board/storedRecords';
import { readVersioned } from '../../src/records/readVersioned';
import type { HostPartnerCommand } from '../../src/hostPartner/hostPartnerCommands';
import { hostPartnerCommandSchema } from '../../src/hostPartner/hostPartnerCommands';
import { applyHostPartnerCommand, type HostPartnerFacts } from '../../src/hostPartner/hostPartnerRules';
import { emptyHostPartner, hostPartnerStateSchema, maxHostCommentLength, type HostPartnerState } from '../../src/hostPartner/hostPartnerState';
import { keyQuestionAgreementOf, themeAgreementLabel, themeAgreementOf } from '../../src/hostPartner/themeAgreement';

const people = {
  host: { participantId: 'p-host', name: 'Hana', role: 'host' as Role },
  lead: { participantId: 'p-lead', name: 'Lee', role: 'facilitator' as Role },
  reviewer: { participantId: 'p-rev', name: 'Rae', role: 'reviewer' as Role },
  observer: { participantId: 'p-obs', name: 'Oli', role: 'observer' as Role },
  screen: { participantId: 'p-screen', name: 'Screen', role: 'screen' as Role },
};
type Person = keyof typeof people;

let ids = 0;
const facts = (now: number): HostPartnerFacts => ({ now, newId: () => `id${(ids += 1)}`, themeIds: new Set(['t1', 't2']), keyQuestionIds: new Set(['q1']) });

function act(state: HostPartnerState, who: Person, command: HostPartnerCommand, now = 1_000): HostPartnerState {
  const outcome = applyHostPartnerCommand(state, command, people[who], facts(now));
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}

function refusal(state: HostPartnerState, who: Person, command: HostPartnerCommand): string | null {
  const outcome = applyHostPartnerCommand(state, command, people[who], facts(1_000));
  return outcome.ok ? null : outcome.error.code;
}

const date = (at: number) => `@${at}`;

describe('the host agreeing themes', () => {
  it('records the host’s own act with name and time, keeps the history and reads the latest', () => {
    let state = act(emptyHostPartner, 'host', { type: 'host.agreeTheme', themeId: 't1', state: 'tested' }, 1_000);
    state = act(state, 'host', { type: 'host.agreeTheme', themeId: 't1', state: 'agreed' }, 2_000);
    expect(act(state, 'host', { type: 'host.agreeTheme', themeId: 't1', state: 'agreed' }, 3_000)).toBe(state);
    const agreement = themeAgreementOf(state, { id: 't1' });
    expect(agreement).toEqual({ state: 'agreed', by: 'Hana', at: 2_000, beforeHosts: false });
    expect(themeAgreementLabel(agreement, date)).toBe('Agreed with the host (Hana, @2000)');
    state = act(state, 'host', { type: 'host.agreeTheme', themeId: 't1', state: 'none' }, 4_000);
    expect(themeAgreementLabel(themeAgreementOf(state, { id: 't1' }), date)).toBe('Not yet tested with the host (withdrawn by Hana, @4000)');
    expect(state.themeActs.map((entry) => entry.state)).toEqual(['tested', 'agreed', 'none']);
    expect(hostPartnerStateSchema.safeParse(state).success).toBe(true);
  });

  it('lets nobody but the host set it, and only on a theme the board holds', () => {
    for (const who of ['lead', 'reviewer', 'observer', 'screen'] as const) {
      expect(refusal(emptyHostPartner, who, { type: 'host.agreeTheme', themeId: 't1', state: 'agreed' }), who).toBe('not_allowed');
    }
    expect(refusal(emptyHostPartner, 'host', { type: 'host.agreeTheme', themeId: 'gone', state: 'agreed' })).toBe('no_such_theme');
  });

  it('shows what a Lead Reviewer set before hosts recorded their own, as theirs, until the host acts', () => {
    const old = { id: 't1', agreementBeforeHosts: 'agreed' as const };
    expect(themeAgreementLabel(themeAgreementOf(emptyHostPartner, old), date)).toBe('Agreed with the host (recorded by the Lead Reviewer before hosts recorded their own agreement)');
    const state = act(emptyHostPartner, 'host', { type: 'host.agreeTheme', themeId: 't1', state: 'tested' });
    expect(themeAgreementOf(state, old)).toMatchObject({ state: 'tested', by: 'Hana', beforeHosts: false });
  });
});

describe('the theme record at version 2', () => {
  it('carries a version-1 agreement over as the Lead Reviewer’s, drops "none", and refuses a write that still sets it', () => {
    const v1 = { id: 't1', headingId: 'h1', lane: 'strengths', title: 'Reading', summary: '', order: 'a0' };
    expect(readVersioned(recordKinds.themes, { ...v1, hostAgreement: 'agreed' })).toEqual({ ok: true, value: { ...v1, agreementBeforeHosts: 'agreed' } });
    expect(readVersioned(recordKinds.themes, { ...v1, hostAgreement: 'none' })).toEqual({ ok: true, value: v1 });
    const crafted = readVersioned(recordKinds.themes, { ...v1, v: 2, hostAgreement: 'agreed' });
    expect(crafted.ok).toBe(false);
    expect(crafted.ok ? '' : crafted.problem).toMatch(/^hostAgreement: a theme no longer holds the host's agreement/);
  });
});

describe('host comments', () => {
  it('are the host’s, resolved by the Lead Reviewer or their author only', () => {
    const state = act(emptyHostPartner, 'host', { type: 'host.commentTheme', themeId: 't2', text: 'Year 6 too' });
    const [comment] = state.comments;
    expect(comment).toMatchObject({ themeId: 't2', text: 'Year 6 too', by: { name: 'Hana' }, resolved: null });
    for (const who of ['lead', 'reviewer', 'observer'] as const) expect(refusal(emptyHostPartner, who, { type: 'host.commentTheme', themeId: 't2', text: 'x' })).toBe('not_allowed');
    expect(refusal(state, 'reviewer', { type: 'host.resolveComment', commentId: comment!.id })).toBe('not_allowed');
    expect(refusal(state, 'lead', { type: 'host.resolveComment', commentId: 'nope' })).toBe('no_such_comment');
    expect(act(state, 'lead', { type: 'host.resolveComment', commentId: comment!.id }).comments[0]?.resolved).toMatchObject({ by: { name: 'Lee' } });
  });

  it('are short: the command refuses an empty, oversized or extra-field comment', () => {
    const parse = (body: unknown) => hostPartnerCommandSchema.safeParse(body).success;
    expect(parse({ type: 'host.commentTheme', themeId: 't1', text: 'x'.repeat(maxHostCommentLength) })).toBe(true);
    expect(parse({ type: 'host.commentTheme', themeId: 't1', text: 'x'.repeat(maxHostCommentLength + 1) })).toBe(false);
    expect(parse({ type: 'host.commentTheme', themeId: 't1', text: '   ' })).toBe(false);
    expect(parse({ type: 'host.agreeTheme', themeId: 't1', state: 'agreed', by: 'Hana' })).toBe(false);
    expect(parse({ type: 'host.agreeTheme', themeId: '../t1', state: 'agreed' })).toBe(false);
  });
});

describe('key questions', () => {
  it('the host proposes, the Lead Reviewer accepts once (the question counts as agreed by the host when proposed) or declines', () => {
    let state = act(emptyHostPartner, 'host', { type: 'host.proposeKeyQuestion', text: 'How well is reading taught?' }, 1_000);
    state = act(state, 'host', { type: 'host.proposeKeyQuestion', text: 'How are governors involved?' }, 1_500);
    const [first, second] = state.proposals;
    expect(refusal(state, 'host', { type: 'host.decideProposal', proposalId: first!.id, accept: true })).toBe('not_allowed');
    expect(refusal(state, 'reviewer', { type: 'host.proposeKeyQuestion', text: 'Mine?' })).toBe('not_allowed');
    state = act(state, 'lead', { type: 'host.decideProposal', proposalId: first!.id, accept: true }, 2_000);
    state = act(state, 'lead', { type: 'host.decideProposal', proposalId: second!.id, accept: false }, 2_500);
    expect(refusal(state, 'lead', { type: 'host.decideProposal', proposalId: first!.id, accept: false })).toBe('already_decided');
    expect(state.proposals.map((proposal) => proposal.decision?.accepted)).toEqual([true, false]);
    expect(keyQuestionAgreementOf(state, first!.id)).toEqual({ by: 'Hana', at: 1_000 });
    expect(keyQuestionAgreementOf(state, second!.id)).toBeNull();
  });

  it('the host agrees a question of the board once; nobody else does', () => {
    const state = act(emptyHostPartner, 'host', { type: 'host.agreeKeyQuestion', keyQuestionId: 'q1' }, 5_000);
    expect(keyQuestionAgreementOf(state, 'q1')).toEqual({ by: 'Hana', at: 5_000 });
    expect(act(state, 'host', { type: 'host.agreeKeyQuestion', keyQuestionId: 'q1' })).toBe(state);
    expect(refusal(emptyHostPartner, 'host', { type: 'host.agreeKeyQuestion', keyQuestionId: 'q9' })).toBe('no_such_key_question');
    expect(refusal(emptyHostPartner, 'lead', { type: 'host.agreeKeyQuestion', keyQuestionId: 'q1' })).toBe('not_allowed');
  });
});
