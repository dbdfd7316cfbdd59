import { useEffect, type ReactNode } from 'react';
import { councilEntry, presentationEntry, pstbEntry } from '@washup/shared/relayDoc';
import type { Presentation } from '@washup/shared/room';
import { BoardWorkspace } from '../board/BoardWorkspace';
import { showOnBoard } from '../board/focusRequest';
import { KeyQuestionLabelsProvider } from '../board/KeyQuestionLabels';
import { CouncilStage } from '../council/CouncilStage';
import { PhaseBanner } from '../follow/PhaseBanner';
import { RoomTimers } from '../follow/RoomTimers';
import { PstbStage } from '../pstb/PstbStage';
import { useBoardMeta } from '../sync/useBoardMeta';
import { useRelayDocValue } from '../sync/useRelayDocValue';
import { ScreenVote } from './ScreenVote';
import '../council/council.css';
import '../pstb/pstb.css';
import '../voting/voting.css';
import '../follow/follow.css';
import './screen.css';

function Waiting({ children }: { children: ReactNode }) {
  return <p className="screen__message">{children}</p>;
}

function Presented({ presentation }: { presentation: Presentation | undefined }) {
  const council = useRelayDocValue(councilEntry);
  const pstb = useRelayDocValue(pstbEntry);
  useEffect(() => {
    if (presentation?.place) showOnBoard(presentation.place);
  }, [presentation]);
  switch (presentation?.view) {
    case undefined:
      return <Waiting>Waiting for the Lead Reviewer to present.</Waiting>;
    case 'vote':
      return <ScreenVote roundId={presentation.roundId} />;
    case 'council':
      return council ? <CouncilStage council={council} /> : <Waiting>No Council session yet.</Waiting>;
    case 'pstb':
      return pstb ? <PstbStage pstb={pstb} /> : <Waiting>No PSTB session yet.</Waiting>;
    default:
      // The board (and any view that is a person's own work, such as capture) shows the board.
      return <BoardWorkspace />;
  }
}

/**
 * The screen link's one page: the board's name, the running timers and the phase banners in large
 * type, and whatever the Lead Reviewer presents (the board, vote results, the Council or PSTB
 * stage), with no tabs, people or controls.
 */
export function ScreenView() {
  const title = useBoardMeta()?.title ?? null;
  const presentation = useRelayDocValue(presentationEntry);
  useEffect(() => {
    document.title = title ? `${title} · Screen · Washup` : 'Screen · Washup';
  }, [title]);
  useEffect(() => {
    // The projector's larger type: the root font size, which every rem on the page follows.
    document.documentElement.classList.add('screen-page');
    return () => document.documentElement.classList.remove('screen-page');
  }, []);
  return (
    <div className="screen" data-view={presentation?.view ?? 'waiting'} data-testid="screen">
      <header className="screen__head">
        <h1 className="screen__board">{title ?? 'Loading board…'}</h1>
        <RoomTimers />
      </header>
      <PhaseBanner view={null} />
      <main className="screen__main">
        <KeyQuestionLabelsProvider>
          <Presented presentation={presentation} />
        </KeyQuestionLabelsProvider>
      </main>
    </div>
  );
}
