import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { boardView, filterBoardView, type BoardDoc, type BoardView, type Card, type CardFilter } from '@washup/shared/board';
import { CaptureForm } from '../capture/CaptureForm';
import { CoveragePanel } from '../coverage/CoveragePanel';
import { SetupPanel } from '../setup/SetupPanel';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { usePrivateValue } from '../sync/usePrivateValue';
import { ValueStore } from '../sync/ValueStore';
import { BoardDragAndDrop } from './BoardDragAndDrop';
import { BoardGrid } from './BoardGrid';
import { BoardOverview } from './BoardOverview';
import { bringIntoView } from './boardPlaceView';
import { BoardViewContext } from './BoardViewContext';
import { BoardViewToggles } from './BoardViewToggles';
import { viewCards, reviewersOf } from './boardCounts';
import { boardPlaceRequests, shownBoardPlace, takeBoardPlace, type BoardPlace } from './focusRequest';
import { FilterBar } from './FilterBar';
import { UndoRedoButtons } from './UndoRedoButtons';
import { InboxColumn } from './InboxColumn';
import { MoveAnnouncer } from './MoveAnnouncer';
import { PanelToggles, type Panel } from './PanelToggles';
import { PrivateLearningLane } from './PrivateLearningLane';
import { useUndoShortcuts } from './useUndoShortcuts';

const readView = (board: BoardDoc) => boardView(board);
const readPrivateLearning = (privateDoc: BoardDoc) => boardView(privateDoc).privateLearning;
const noCards: Card[] = [];
const noFilter: CardFilter = {};

/**
 * The synthesis board: capture and the inbox on one side, the headings with their two lanes on
 * the other (or the overview of them all), and below them this participant's reviewer learning
 * from their private doc. Each doc is read once here, per change; every card and theme below is
 * memoised on its own record, so a change re-renders only what it touched.
 */
function BoardContent() {
  const { canEdit } = useBoardConnection();
  useUndoShortcuts();
  const boardOnly = useBoardValue(readView);
  const privateLearning = usePrivateValue(readPrivateLearning);
  // Reviewer learning comes from this participant's private doc alone; a role without one shows none.
  const fullView = useMemo(() => ({ ...boardOnly, privateLearning: privateLearning ?? noCards }), [boardOnly, privateLearning]);
  const [store] = useState(() => new ValueStore<BoardView>(fullView));
  useEffect(() => store.set(fullView), [store, fullView]);
  const [filter, setFilter] = useState<CardFilter>(noFilter);
  const [overview, setOverview] = useState(false);
  // The board comes first; capture is a button away here, and is its own tab on a phone.
  const [panel, setPanel] = useState<Panel>(null);
  const view = useMemo(() => filterBoardView(fullView, filter), [fullView, filter]);
  const allCards = useMemo(() => viewCards(fullView, canEdit), [fullView, canEdit]);
  const reviewers = useMemo(() => reviewersOf(allCards), [allCards]);
  const filtered = view !== fullView;
  const shown = useMemo(() => (filtered ? viewCards(view, canEdit).length : allCards.length), [filtered, view, canEdit, allCards]);

  // A place asked for (the overview's cells, a followed Lead Reviewer): shown once the board has rendered it.
  const pending = useRef<BoardPlace | null>(null);
  const go = useCallback((place: BoardPlace) => {
    setOverview(place.kind === 'overview');
    if (place.kind === 'filter') setFilter(place.filter);
    else if (place.kind !== 'overview') {
      setFilter(noFilter);
      pending.current = place;
    }
    shownBoardPlace.set(place);
  }, []);
  const request = useSyncExternalStore(boardPlaceRequests.subscribe, boardPlaceRequests.get);
  useEffect(() => {
    const place = takeBoardPlace(request);
    if (place) go(place);
  }, [request, go]);
  useLayoutEffect(() => {
    if (pending.current && bringIntoView(pending.current)) pending.current = null;
  });
  const showOverview = (on: boolean) => go(on ? { kind: 'overview' } : { kind: 'filter', filter });
  const changeFilter = (next: CardFilter) => {
    setFilter(next);
    shownBoardPlace.set({ kind: 'filter', filter: next });
  };

  return (
    <BoardViewContext.Provider value={store}>
      <div className="workspace">
        <div className="workspace__bar">
          <FilterBar filter={filter} keyQuestions={fullView.keyQuestions} reviewers={reviewers} onChange={changeFilter} folded={overview} />
          <div className="workspace__tools">
            <BoardViewToggles overview={overview} onOverview={showOverview} />
            <PanelToggles panel={panel} onChange={setPanel} />
            <UndoRedoButtons />
          </div>
        </div>
        {filtered ? (
          <p className="workspace__filtered" role="status">
            Showing {shown} of {allCards.length} cards.
          </p>
        ) : null}
        {panel === 'coverage' ? <CoveragePanel /> : null}
        {overview ? (
          <>
            {panel === 'capture' ? <CaptureForm /> : null}
            {panel === 'setup' ? <SetupPanel /> : null}
            <BoardOverview view={view} onGo={go} />
          </>
        ) : (
          <div className="workspace__body">
            <aside className="workspace__side" aria-label="Capture and inbox">
              {panel === 'capture' ? <CaptureForm /> : null}
              {panel === 'setup' ? <SetupPanel /> : null}
              <InboxColumn cards={view.inbox} total={fullView.inbox.length} />
            </aside>
            <div className="workspace__board">
              <BoardGrid view={view} filtered={filtered} />
              {canEdit ? <PrivateLearningLane cards={view.privateLearning} /> : null}
            </div>
          </div>
        )}
        <MoveAnnouncer />
      </div>
    </BoardViewContext.Provider>
  );
}

/** Drag and drop wraps the board from above, so the board's changes do not render dnd-kit again. */
export function BoardWorkspace() {
  return (
    <BoardDragAndDrop>
      <BoardContent />
    </BoardDragAndDrop>
  );
}
