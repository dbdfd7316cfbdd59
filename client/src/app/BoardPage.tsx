import { Suspense } from 'react';
import { JoinGate } from '../join/JoinGate';
import { BoardShell } from '../shell/BoardShell';
import { FatalGate } from '../shell/FatalGate';
import { BoardConnectionProvider } from '../sync/BoardConnectionProvider';
import { boardViews } from './boardViews';
import { ViewLoading } from './ViewLoading';
import type { BoardViewId } from '../routing/route';

/**
 * `/b/<boardId>[/<view>]`: join (or go straight in), open the board's connection, and show the
 * shell with the chosen view (registered in `boardViews.tsx`) in its main area, or its loading
 * state while the view's code is fetched.
 */
export function BoardPage({ boardId, view }: { boardId: string; view: BoardViewId }) {
  const current = boardViews.find((entry) => entry.id === view) ?? boardViews[0]!;
  return (
    <JoinGate boardId={boardId}>
      {(participant) => (
        <BoardConnectionProvider boardId={boardId} identity={participant}>
          <FatalGate>
            <BoardShell tabs={boardViews} view={current.id} mainFirst={current.stageFirst ?? false}>
              <Suspense fallback={<ViewLoading label={current.label} />}>
                <current.View />
              </Suspense>
            </BoardShell>
          </FatalGate>
        </BoardConnectionProvider>
      )}
    </JoinGate>
  );
}
