import { pstbChoiceLock, type PstbState } from '@washup/shared/pstb';
import type { CommandControl } from '../commands/useCommand';
import { IdeaCheck } from './IdeaCheck';
import { choiceLockReasons } from './shortlistWording';

interface IdeaChoiceProps {
  pstb: PstbState;
  ideaId: string;
  ideaText: string;
  command: CommandControl;
}

/** The presenter's tick beside an idea: locked off the shortlist, or once the most allowed are chosen. */
export function IdeaChoice({ pstb, ideaId, ideaText, command }: IdeaChoiceProps) {
  const lock = pstbChoiceLock(pstb, ideaId);
  return (
    <IdeaCheck
      label="Take forward"
      ideaText={ideaText}
      checked={pstb.selectedIdeaIds.includes(ideaId)}
      lockReason={lock ? choiceLockReasons[lock] : null}
      busy={command.busy}
      onChange={(checked) => command.send({ type: checked ? 'pstb.selectIdea' : 'pstb.unselectIdea', ideaId })}
    />
  );
}
