import { JoinGate } from '../join/JoinGate';
import { BoardShell } from '../shell/BoardShell';
import { FatalGate } from '../shell/FatalGate';
import { BoardConnectionProvider } from '../sync/BoardConnectionProvider';
import { boardViews } from './boardViews';
import type { BoardViewId } from '../routing/route';

/**
 * `/b/<boardId>[/<view>]`: join (or go straight in), open the board's connection, and show the
 * shell with the chosen view (registered in `boardViews.tsx`) in its main area.
 */
export function BoardPage({ boardId, view }: { boardId: string; view: BoardViewId }) {
  const current = boardViews.find((entry) => entry.id === view) ?? boardViews[0]!;
  return (
    <JoinGate boardId={boardId}>
      {(participant) => (
        <BoardConnectionProvider boardId={boardId} identity={participant}>
          <FatalGate>
            <BoardShell tabs={boardViews} view={current.id} mainFirst={current.stageFirst ?? false}>{current.render()}</BoardShell>
          </FatalGate>
        </BoardConnectionProvider>
      )}
    </JoinGate>
  );
}
