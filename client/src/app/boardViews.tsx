import type { ComponentType } from 'react';
import { BoardWorkspace } from '../board/BoardWorkspace';
import { CaptureView } from '../capture/CaptureView';
import { askCanvasConfig } from '../canvas/useCanvasConfig';
import type { BoardViewId } from '../routing/route';
import { lazyView } from './lazyView';

export interface BoardViewEntry {
  id: BoardViewId;
  label: string;
  /**
   * The view itself. The board and the phone's capture form are in the first download; the rest
   * are `lazyView(() => import(...), ...)`: fetched when first opened, with a loading state meanwhile.
   */
  View: ComponentType;
  /** A timed session: on a phone its stage comes before the list of people, not after. */
  stageFirst?: boolean;
}

/** The views of a board, in the order of the shell's tabs; each feature owns its own entry. */
export const boardViews: readonly BoardViewEntry[] = [
  { id: 'board', label: 'Board', View: BoardWorkspace },
  { id: 'capture', label: 'Capture', View: CaptureView },
  { id: 'vote', label: 'Vote', View: lazyView(() => import('../voting/VotingView'), (module) => module.VotingView) },
  { id: 'council', label: 'Council', View: lazyView(() => import('../council/CouncilView'), (module) => module.CouncilView), stageFirst: true },
  { id: 'pstb', label: 'PSTB', View: lazyView(() => import('../pstb/PstbView'), (module) => module.PstbView), stageFirst: true },
  {
    id: 'canvas',
    label: 'Canvas',
    // The relay's canvas settings are asked beside the code: tldraw opens once both are here.
    View: lazyView(() => {
      void askCanvasConfig();
      return import('../canvas/CanvasView');
    }, (module) => module.CanvasView),
  },
  { id: 'report', label: 'Report', View: lazyView(() => import('../report/ReportView'), (module) => module.ReportView) },
];
