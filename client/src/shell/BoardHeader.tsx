import { BoardHistoryButton } from '../history/BoardHistoryButton';
import { PeopleDialogButton } from '../people/PeopleDialogButton';
import { Wordmark } from '../ui/Wordmark';
import { ConnectionIndicator } from './ConnectionIndicator';
import { IdentityBadge } from './IdentityBadge';

/** The top of every board page: the board's title, the connection, and who you are. */
export function BoardHeader({ title }: { title: string | null }) {
  return (
    <header className="board-header">
      <div className="board-header__brand">
        <Wordmark href="/" />
      </div>
      <h1 className="board-header__title">{title ?? <span className="board-header__loading">Loading board…</span>}</h1>
      <div className="board-header__bar">
        <ConnectionIndicator />
        <div className="board-header__actions">
          <PeopleDialogButton />
          <BoardHistoryButton />
          <IdentityBadge />
        </div>
      </div>
    </header>
  );
}
