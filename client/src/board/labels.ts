import type { HostAgreement, Valence } from '@washup/shared/board';

/** What a card suggests, in the words reviewers use. */
export const valenceLabels: Record<Valence, string> = {
  strength: 'Strength',
  nextStep: 'Next step',
  neutral: 'Neutral',
  question: 'Question',
};

/** Where a theme stands with the host, for people who can only read the board. */
export const hostAgreementLabels: Record<HostAgreement, string> = {
  none: 'Not yet with host',
  tested: 'Tested with host',
  agreed: 'Agreed with host',
};
