import { useCallback, useMemo, useState } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { boardView, filterBoardView, type BoardDoc, type CardFilter } from '@washup/shared';
import { CaptureForm } from '../capture/CaptureForm';
import { CoverageTable } from '../coverage/CoverageTable';
import { SetupPanel } from '../setup/SetupPanel';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { BoardViewContext } from './BoardViewContext';
import { applyDrop, type DragData, type DropData } from './dropActions';
import { FilterBar } from './FilterBar';
import { InboxColumn } from './InboxColumn';
import { innermostCollision } from './innermostCollision';
import { LaneColumn } from './LaneColumn';

const readView = (board: BoardDoc) => boardView(board);
type Panel = 'capture' | 'coverage' | 'setup' | null;

/**
 * The synthesis board: capture and inbox on one side, the headings with their two lanes on the
 * other. Drag cards and themes, or use each one's "Move to…" menu instead.
 */
export function BoardWorkspace() {
  const { board, canEdit, identity } = useBoardConnection();
  const fullView = useBoardValue(useCallback(readView, []));
  const [filter, setFilter] = useState<CardFilter>({});
  const [panel, setPanel] = useState<Panel>(canEdit ? 'capture' : null);
  const view = useMemo(() => filterBoardView(fullView, filter), [fullView, filter]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor),
  );
  const onDragEnd = (event: DragEndEvent) => {
    const dragged = event.active.data.current as DragData | undefined;
    const target = event.over?.data.current as DropData | undefined;
    if (dragged && target) applyDrop(board, dragged, target);
  };
  const lanes = view.meta?.lanes ?? { strengths: 'Strengths', nextSteps: 'Next steps' };

  return (
    <BoardViewContext.Provider value={fullView}>
      <DndContext sensors={sensors} collisionDetection={innermostCollision} onDragEnd={onDragEnd}>
        <div className="workspace">
          <div className="workspace__bar">
            <FilterBar filter={filter} keyQuestions={fullView.keyQuestions} onChange={setFilter} />
            <div className="workspace__panels" role="group" aria-label="Side panel">
              {canEdit ? (
                <button type="button" className="button button--secondary button--small" aria-pressed={panel === 'capture'} onClick={() => setPanel(panel === 'capture' ? null : 'capture')}>
                  Add evidence
                </button>
              ) : null}
              <button type="button" className="button button--secondary button--small" aria-pressed={panel === 'coverage'} onClick={() => setPanel(panel === 'coverage' ? null : 'coverage')}>
                Coverage
              </button>
              {identity.role === 'facilitator' ? (
                <button type="button" className="button button--secondary button--small" aria-pressed={panel === 'setup'} onClick={() => setPanel(panel === 'setup' ? null : 'setup')}>
                  Headings and questions
                </button>
              ) : null}
            </div>
          </div>
          <div className="workspace__body" data-panel={panel ?? undefined}>
            <aside className="workspace__side">
              {panel === 'capture' ? <CaptureForm /> : null}
              {panel === 'coverage' ? <CoverageTable /> : null}
              {panel === 'setup' ? <SetupPanel /> : null}
              <InboxColumn cards={view.inbox} />
            </aside>
            <div className="headings">
              {view.headings.map(({ heading, lanes: content }) => (
                <section key={heading.id} className="heading-row" aria-labelledby={`heading-${heading.id}`} data-panel={heading.panel || undefined}>
                  <h3 id={`heading-${heading.id}`} className="heading-row__title">
                    {heading.title}
                  </h3>
                  <div className="heading-row__lanes">
                    <LaneColumn headingId={heading.id} lane="strengths" title={lanes.strengths} content={content.strengths} />
                    <LaneColumn headingId={heading.id} lane="nextSteps" title={lanes.nextSteps} content={content.nextSteps} />
                  </div>
                </section>
              ))}
              {view.privateLearning.length > 0 ? (
                <details className="private-lane">
                  <summary>Reviewer learning ({view.privateLearning.length}) · never in the report</summary>
                  <ul>
                    {view.privateLearning.map((card) => (
                      <li key={card.id}>{card.observation}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </div>
          </div>
        </div>
      </DndContext>
    </BoardViewContext.Provider>
  );
}
