import { pstbShortlistBlock, type PstbShortlistBlock, type PstbState } from '@washup/shared/pstb';
import { useState } from 'react';
import { useCommand } from '../commands/useCommand';

export interface ShortlistDraft {
  /** The ideas ticked while the Lead Reviewer draws up the shortlist; null when they are not. */
  ticked: readonly string[] | null;
  /** Why the ticked ideas cannot be recorded yet; null when they can. */
  block: PstbShortlistBlock | null;
  /** The ticked ideas are the shortlist already recorded, so recording them would change nothing. */
  unchanged: boolean;
  /** A record or clear is on its way to the relay. */
  busy: boolean;
  /** The relay's refusal of the last record or clear, until the Lead Reviewer opens or cancels a draft. */
  error: string | null;
  start: () => void;
  cancel: () => void;
  tick: (ideaId: string, on: boolean) => void;
  record: () => void;
  /** `onCleared` runs once the relay has cleared it. */
  clear: (onCleared: () => void) => void;
}

/**
 * The Lead Reviewer's shortlist in the making, kept on their device until recorded. The owner's
 * choices are always ticked, even ones made while the draft is open: the relay refuses a
 * shortlist that leaves one out.
 */
export function useShortlistDraft(pstb: PstbState): ShortlistDraft {
  const [draft, setDraft] = useState<readonly string[] | null>(null);
  const [errorDismissed, setErrorDismissed] = useState(false);
  const command = useCommand();
  const ticked = draft === null ? null : [...draft, ...pstb.selectedIdeaIds.filter((id) => !draft.includes(id))];
  const recorded = pstb.shortlistIdeaIds;
  const send = (ideaIds: readonly string[], onAccepted?: () => void) => {
    setErrorDismissed(false);
    command.send({ type: 'pstb.shortlist', ideaIds: [...ideaIds] }, () => {
      setDraft(null);
      onAccepted?.();
    });
  };
  const openDraft = (ideaIds: readonly string[] | null) => {
    setErrorDismissed(true);
    setDraft(ideaIds);
  };
  return {
    ticked,
    block: ticked === null ? null : pstbShortlistBlock(pstb, ticked),
    unchanged: ticked !== null && ticked.length === recorded.length && ticked.every((id) => recorded.includes(id)),
    busy: command.busy,
    error: errorDismissed ? null : command.error,
    start: () => openDraft(recorded),
    cancel: () => openDraft(null),
    tick: (ideaId, on) => setDraft((current) => (current === null ? current : on ? [...current, ideaId] : current.filter((id) => id !== ideaId))),
    record: () => {
      if (ticked !== null) send(ticked);
    },
    clear: (onCleared) => send([], onCleared),
  };
}
