import type { Card } from '../board/records';
import type { EvidenceReference } from './reportModel';

/**
 * A card as the report cites it. Only what was seen or heard, how and where: the author's name
 * stays on the board, and the interpretation (a reviewer's reading, not a fact) only when asked for.
 */
export function evidenceReference(card: Card, number: number, includeInterpretation: boolean): EvidenceReference {
  return {
    number,
    cardId: card.id,
    observation: card.observation,
    interpretation: includeInterpretation && card.interpretation ? card.interpretation : null,
    activity: card.activity,
    stakeholder: card.stakeholder ?? null,
    site: card.site?.trim() || null,
    counterEvidence: card.counterEvidence,
  };
}
