import type { HostAgreement, Theme } from '../board/records';
import type { HostComment, HostPartnerState, ThemeAgreementAct } from './hostPartnerState';

/** Where a theme stands with the host, and whose act says so: plain values, so a report can carry and redact it. */
export interface ThemeAgreement {
  state: HostAgreement;
  /** The name of who recorded it, as the relay knew them; null when nobody has. */
  by: string | null;
  at: number | null;
  /** Recorded by the Lead Reviewer on the theme itself, before hosts recorded their own agreement. */
  beforeHosts: boolean;
}

export const noThemeAgreement: ThemeAgreement = { state: 'none', by: null, at: null, beforeHosts: false };

/** The host's latest act on a theme, or undefined while they have not acted on it. */
export function currentThemeAct(state: HostPartnerState | null | undefined, themeId: string): ThemeAgreementAct | undefined {
  return state?.themeActs.findLast((act) => act.themeId === themeId);
}

/**
 * The host's own latest act on the theme; failing that, what a Lead Reviewer recorded on the
 * theme before hosts recorded their own agreement, said as such so it is neither lost nor passed
 * off as the host's.
 */
export function themeAgreementOf(state: HostPartnerState | null | undefined, theme: Pick<Theme, 'id' | 'agreementBeforeHosts'>): ThemeAgreement {
  const act = currentThemeAct(state, theme.id);
  if (act) return { state: act.state, by: act.by.name, at: act.at, beforeHosts: false };
  if (theme.agreementBeforeHosts) return { state: theme.agreementBeforeHosts, by: null, at: null, beforeHosts: true };
  return noThemeAgreement;
}

export const hostAgreementLabels: Record<HostAgreement, string> = {
  none: 'Not yet tested with the host',
  tested: 'Tested with the host',
  agreed: 'Agreed with the host',
};

/**
 * The agreement in a sentence: "Agreed with the host (Ms Patel, 4 December 2026)", "Not yet tested
 * with the host (withdrawn by Ms Patel, …)", or "Agreed with the host (recorded by the Lead Reviewer
 * before hosts recorded their own agreement)". `date` prints a moment as the reader's place does.
 */
export function themeAgreementLabel(agreement: ThemeAgreement, date: (at: number) => string): string {
  const label = hostAgreementLabels[agreement.state];
  if (agreement.beforeHosts) return `${label} (recorded by the Lead Reviewer before hosts recorded their own agreement)`;
  if (agreement.by === null || agreement.at === null) return label;
  const who = agreement.state === 'none' ? `withdrawn by ${agreement.by}` : agreement.by;
  return `${label} (${who}, ${date(agreement.at)})`;
}

/** The host's comments on one theme, oldest first. */
export function hostCommentsOn(state: HostPartnerState | null | undefined, themeId: string): HostComment[] {
  return state?.comments.filter((comment) => comment.themeId === themeId) ?? [];
}

/** When and by whom the host agreed a key question; null while they have not. */
export function keyQuestionAgreementOf(state: HostPartnerState | null | undefined, keyQuestionId: string): { by: string; at: number } | null {
  const agreement = state?.keyQuestionAgreements.find((candidate) => candidate.keyQuestionId === keyQuestionId);
  return agreement ? { by: agreement.by.name, at: agreement.at } : null;
}
