import type { Idea } from '@washup/shared/board';
import { isOnPstbShortlist, type PstbState } from '@washup/shared/pstb';
import type { CommandControl } from '../commands/useCommand';
import { IdeaChoice } from './IdeaChoice';
import { ShortlistTick } from './ShortlistTick';

interface PstbIdeaRowProps {
  pstb: PstbState;
  idea: Idea;
  /** The presenter's command, shared by every row so one choice is sent at a time; null for everyone else. */
  choice: CommandControl | null;
  /** The shortlist the Lead Reviewer is drawing up; null when they are not. */
  ticked: readonly string[] | null;
  onTick: (ideaId: string, on: boolean) => void;
  autoFocusTick: boolean;
}

/** One idea: its words and author, whether the team shortlisted it and the presenter chose it, and the tick the viewer may give it. */
export function PstbIdeaRow({ pstb, idea, choice, ticked, onTick, autoFocusTick }: PstbIdeaRowProps) {
  const selected = pstb.selectedIdeaIds.includes(idea.id);
  const shortlisted = pstb.shortlistIdeaIds.includes(idea.id);
  const offShortlist = !isOnPstbShortlist(pstb, idea.id);
  const modifiers = [selected ? ' pstb-idea--chosen' : '', shortlisted ? ' pstb-idea--shortlisted' : '', offShortlist ? ' pstb-idea--off-shortlist' : ''];
  return (
    <li className={`pstb-idea${modifiers.join('')}`} data-testid="pstb-idea">
      <span className="pstb-idea__text">{idea.text}</span>
      <span className="muted pstb-idea__who">{idea.authorName}</span>
      <span className="pstb-idea__badges">
        {shortlisted ? <span className="pstb-badge pstb-badge--shortlist">Shortlisted</span> : null}
        {selected && !choice ? <span className="pstb-badge pstb-badge--chosen">Chosen</span> : null}
      </span>
      {choice ? <IdeaChoice pstb={pstb} ideaId={idea.id} ideaText={idea.text} command={choice} /> : null}
      {ticked ? <ShortlistTick pstb={pstb} ideaId={idea.id} ideaText={idea.text} ticked={ticked} onTick={onTick} autoFocus={autoFocusTick} /> : null}
    </li>
  );
}
