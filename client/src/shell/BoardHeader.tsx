import type { BoardViewId } from '@washup/shared/room';
import { RoomBar } from '../follow/RoomBar';
import { BoardHistoryButton } from '../history/BoardHistoryButton';
import { PeopleDialogButton } from '../people/PeopleDialogButton';
import { RetentionNote } from '../people/RetentionNote';
import { Wordmark } from '../ui/Wordmark';
import { ConnectionIndicator } from './ConnectionIndicator';
import { IdentityBadge } from './IdentityBadge';

/** The top of every board page: the board's title, the connection, who you are, and the room (timers, following the Lead Reviewer). */
export function BoardHeader({ title, view }: { title: string | null; view: BoardViewId }) {
  return (
    <header className="board-header">
      <div className="board-header__brand">
        <Wordmark href="/" />
      </div>
      <h1 className="board-header__title">{title ?? <span className="board-header__loading">Loading board…</span>}</h1>
      <div className="board-header__bar">
        <ConnectionIndicator />
        <RetentionNote />
        <div className="board-header__actions">
          <PeopleDialogButton />
          <BoardHistoryButton />
          <IdentityBadge />
        </div>
      </div>
      <RoomBar view={view} />
    </header>
  );
}
