import type { IdeaNoteKind } from '@washup/shared/board';
import type { PstbPhase } from '@washup/shared/pstb';

export const noteKindLabels: Record<IdeaNoteKind, string> = {
  benefit: 'Benefits',
  concern: 'Concerns',
  critical: 'Critical concerns',
};

/** As a choice between kinds, capitalised like the other choices on the page. */
export const noteKindChoices: Record<IdeaNoteKind, string> = {
  benefit: 'Benefit',
  concern: 'Concern',
  critical: 'Critical concern',
};

export const noteKindSingular: Record<IdeaNoteKind, string> = {
  benefit: 'benefit',
  concern: 'concern',
  critical: 'critical concern',
};

/** Which notes the team writes at each step: weighing first, then only what could stop an idea. */
export function noteKindsDuring(phase: PstbPhase): readonly IdeaNoteKind[] {
  if (phase === 'benefits') return ['benefit', 'concern'];
  if (phase === 'concerns') return ['critical'];
  return [];
}
