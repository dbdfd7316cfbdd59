import type { Activity, Stakeholder, Valence } from '@washup/shared/board';

/** What a card suggests, in the words reviewers use. */
export const valenceLabels: Record<Valence, string> = {
  strength: 'Strength',
  nextStep: 'Next step',
  neutral: 'Neutral',
  question: 'Question',
};

/** Where a card came from, as the two-letter mark a compact card row shows (its full name is its tooltip and its accessible name). */
export const activityMarks: Record<Activity, string> = {
  'climate walk': 'CW',
  'learning walk': 'LW',
  'lesson visit': 'LV',
  'work scrutiny': 'WS',
  interview: 'IV',
  'focus group': 'FG',
  'meeting observed': 'MO',
  'document review': 'DR',
  'data analysis': 'DA',
  other: 'OT',
};

export const stakeholderMarks: Record<Stakeholder, string> = {
  pupils: 'Pu',
  teachers: 'Te',
  'support staff': 'SS',
  leaders: 'Le',
  'governors/trustees': 'Go',
  parents: 'Pa',
  other: 'Ot',
};
