import { useEffect, useState, type ReactNode } from 'react';
import { KeyQuestionLabelsProvider } from '../board/KeyQuestionLabels';
import { uploadWaitingPicturesOnOpen } from '../canvas/pictureUploads';
import { PhaseBanner } from '../follow/PhaseBanner';
import { useFollowLead } from '../follow/useFollowLead';
import { touchParticipant } from '../join/participantStore';
import { loadLocation, saveLocation } from '../presence/locationStore';
import { PresencePanel } from '../presence/PresencePanel';
import type { PresenceLocation } from '@washup/shared/presence';
import { usePublishPresence } from '../presence/usePublishPresence';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardMeta } from '../sync/useBoardMeta';
import { ViewErrorBoundary } from '../ui/ViewErrorBoundary';
import type { BoardViewId } from '../routing/route';
import { BoardHeader } from './BoardHeader';
import { UnreadableNotice } from './UnreadableNotice';
import { ViewTabs, type ViewTab } from './ViewTabs';

interface Props {
  /** The board's views, in tab order. */
  tabs: readonly ViewTab[];
  /** Which view is showing, for the tabs. */
  view: BoardViewId;
  /** On narrow screens, the view before the people rather than after them. */
  mainFirst: boolean;
  /** The board view: the shell's main area. */
  children: ReactNode;
}

/**
 * The frame around every board view: header (title, you, connection), presence, and a main area
 * that is the view's own (`children`).
 */
export function BoardShell({ tabs, view, mainFirst, children }: Props) {
  const connection = useBoardConnection();
  const { boardId } = connection;
  const title = useBoardMeta()?.title ?? null;
  const [location, setLocation] = useState<PresenceLocation>(loadLocation);
  usePublishPresence(location);
  useFollowLead();

  useEffect(() => uploadWaitingPicturesOnOpen(connection), [connection]);

  useEffect(() => {
    document.title = title ? `${title} · Washup` : 'Washup';
    if (title) touchParticipant(boardId, title);
  }, [boardId, title]);

  const changeLocation = (next: PresenceLocation) => {
    setLocation(next);
    saveLocation(next);
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#board-main">
        Skip to the board
      </a>
      <BoardHeader title={title} view={view} />
      <PhaseBanner view={view} />
      <ViewTabs tabs={tabs} current={view} />
      <div className={mainFirst ? 'shell__body shell__body--main-first' : 'shell__body'}>
        <main id="board-main" className="shell__main" tabIndex={-1}>
          <UnreadableNotice />
          {/* One boundary per view (keyed by it): a view that fails leaves the shell, and the other views, working. */}
          <ViewErrorBoundary key={view} label={tabs.find((tab) => tab.id === view)?.label ?? 'board'}>
            <KeyQuestionLabelsProvider>{children}</KeyQuestionLabelsProvider>
          </ViewErrorBoundary>
        </main>
        <aside className="shell__aside" aria-label="People">
          <PresencePanel location={location} onLocationChange={changeLocation} />
        </aside>
      </div>
    </div>
  );
}
