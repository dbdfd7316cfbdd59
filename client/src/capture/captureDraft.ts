import type { Activity, Card, CardContent, Stakeholder, Valence } from '@washup/shared/board';
import type { CaptureMemory } from './captureMemory';

/** The form's fields while someone types: strings where the card has optional values. */
export interface CaptureDraft {
  observation: string;
  interpretation: string;
  activity: Activity;
  stakeholder: Stakeholder | '';
  site: string;
  keyQuestionIds: string[];
  valence: Valence;
  counterEvidence: boolean;
  privateLearning: boolean;
}

/**
 * A card being edited, or a new one that starts from the source this device used last. Key
 * questions start unticked: a tick carried over out of sight (the chips sit below the fold on a
 * phone) ended up on cards it did not belong to; the form offers the last card's questions as one
 * tap instead (see `lastQuestions`).
 */
export function startDraft(editing: Card | undefined, memory: CaptureMemory): CaptureDraft {
  if (editing) {
    return {
      observation: editing.observation,
      interpretation: editing.interpretation ?? '',
      activity: editing.activity,
      stakeholder: editing.stakeholder ?? '',
      site: editing.site ?? '',
      keyQuestionIds: editing.keyQuestionIds,
      valence: editing.valence,
      counterEvidence: editing.counterEvidence,
      privateLearning: editing.privateLearning,
    };
  }
  return {
    observation: '',
    interpretation: '',
    activity: memory.activity ?? 'lesson visit',
    stakeholder: '',
    site: memory.site,
    keyQuestionIds: [],
    valence: 'neutral',
    counterEvidence: false,
    privateLearning: false,
  };
}

/** After a card is added: the next one keeps its source (activity, group, site), not its content or questions. */
export function nextDraft(previous: CaptureDraft): CaptureDraft {
  return { ...previous, observation: '', interpretation: '', keyQuestionIds: [], valence: 'neutral', counterEvidence: false, privateLearning: false };
}

/** Ticks the question, or unticks it when it was ticked. */
export function toggleQuestion(draft: CaptureDraft, questionId: string): CaptureDraft {
  const ticked = draft.keyQuestionIds.includes(questionId);
  return { ...draft, keyQuestionIds: ticked ? draft.keyQuestionIds.filter((id) => id !== questionId) : [...draft.keyQuestionIds, questionId] };
}

/**
 * The last card's questions that the board still has, offered as one tap while nothing is ticked
 * (several cards from one lesson often answer the same questions); empty when there is nothing to offer.
 */
export function lastQuestions(draft: CaptureDraft, memory: CaptureMemory, knownQuestionIds: ReadonlySet<string>): string[] {
  if (draft.keyQuestionIds.length > 0) return [];
  return memory.keyQuestionIds.filter((id) => knownQuestionIds.has(id));
}

/**
 * The card's content from the draft. Empty optional fields come out as `undefined`, which an edit
 * reads as "clear it"; questions removed from the board meanwhile are dropped.
 */
export function draftContent(draft: CaptureDraft, knownQuestionIds: ReadonlySet<string>): CardContent {
  return {
    observation: draft.observation.trim(),
    interpretation: draft.interpretation.trim() || undefined,
    activity: draft.activity,
    stakeholder: draft.stakeholder || undefined,
    site: draft.site.trim() || undefined,
    keyQuestionIds: draft.keyQuestionIds.filter((id) => knownQuestionIds.has(id)),
    valence: draft.valence,
    counterEvidence: draft.counterEvidence,
    privateLearning: draft.privateLearning,
  };
}

/** A new card leaves empty optional fields out rather than storing them as `undefined`. */
export function withoutEmptyFields<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
