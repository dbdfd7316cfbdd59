import type { ReactElement } from 'react';
import { ReportView } from '../report/ReportView';
import { BoardWorkspace } from '../board/BoardWorkspace';
import { CouncilView } from '../council/CouncilView';
import { PstbView } from '../pstb/PstbView';
import { CaptureView } from '../capture/CaptureView';
import { VotingView } from '../voting/VotingView';
import type { BoardViewId } from '../routing/route';

export interface BoardViewEntry {
  id: BoardViewId;
  label: string;
  render: () => ReactElement;
  /** A timed session: on a phone its stage comes before the list of people, not after. */
  stageFirst?: boolean;
}

/** The views of a board, in the order of the shell's tabs; each feature owns its own entry. */
export const boardViews: readonly BoardViewEntry[] = [
  { id: 'board', label: 'Board', render: () => <BoardWorkspace /> },
  { id: 'capture', label: 'Capture', render: () => <CaptureView /> },
  { id: 'vote', label: 'Vote', render: () => <VotingView /> },
  { id: 'council', label: 'Council', render: () => <CouncilView />, stageFirst: true },
  { id: 'pstb', label: 'PSTB', render: () => <PstbView />, stageFirst: true },
  { id: 'report', label: 'Report', render: () => <ReportView /> },
];
