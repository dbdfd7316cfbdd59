import { maxPstbSelection, type PstbState } from '@washup/shared';
import type { SessionCommand } from '../facilitation/useSessionCommand';

interface IdeaChoiceProps {
  pstb: PstbState;
  ideaId: string;
  ideaText: string;
  command: SessionCommand;
}

/** The owner's tick beside an idea. Once the most allowed are chosen the rest are locked, which says the limit better than a refusal would. */
export function IdeaChoice({ pstb, ideaId, ideaText, command }: IdeaChoiceProps) {
  const chosen = pstb.selectedIdeaIds.includes(ideaId);
  const full = pstb.selectedIdeaIds.length >= maxPstbSelection;
  const offShortlist = pstb.shortlistIdeaIds.length > 0 && !pstb.shortlistIdeaIds.includes(ideaId);
  return (
    <label className="check pstb-idea__choice">
      <input
        type="checkbox"
        checked={chosen}
        aria-label={`Take forward: ${ideaText}`}
        disabled={command.busy || (!chosen && (full || offShortlist))}
        onChange={(event) => command.send({ type: event.target.checked ? 'pstb.selectIdea' : 'pstb.unselectIdea', ideaId })}
      />
      Take forward
    </label>
  );
}
