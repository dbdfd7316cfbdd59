import { useMemo } from 'react';
import type { BoardDoc } from '@washup/shared/board';
import { canvasDocOf, type CanvasReportImage } from '@washup/shared/canvas';
import { reportFlowEntry } from '@washup/shared/relayDoc';
import { canvasPictureShown, defaultReportChoices, hostCopyFingerprint } from '@washup/shared/report';
import { emptyReportFlow, type ReportFlowState } from '@washup/shared/reportFlow';
import { useBoardValue } from '../../sync/useBoardValue';
import { useRelayDocValue } from '../../sync/useRelayDocValue';
import { useReport } from '../useReport';

export interface ReportFlowView {
  flow: ReportFlowState;
  /** The host's copy as it reads now, and its fingerprint: what an agreement given now would be given to. */
  hostCopy: ReturnType<typeof useReport>;
  fingerprint: string;
  /** The canvas picture the host's copy shows, part of what an agreement is given to. */
  picture: CanvasReportImage | null;
}

/** The canvas picture as the host's copy shows it (none while the board redacts a name), as the relay names it in the text agreements are given to. */
const reportImageOf = (board: BoardDoc): CanvasReportImage | null => {
  if (!canvasPictureShown(board.list('redactions'))) return null;
  const reading = canvasDocOf(board.doc).reportImage();
  return reading.ok ? reading.image : null;
};

/** The report's flow from the relay doc, with the host's copy it is about. */
export function useReportFlow(): ReportFlowView {
  const flow = useRelayDocValue(reportFlowEntry) ?? emptyReportFlow;
  const hostCopy = useReport(defaultReportChoices);
  const picture = useBoardValue(reportImageOf);
  const fingerprint = useMemo(() => hostCopyFingerprint(hostCopy, picture), [hostCopy, picture]);
  return { flow, hostCopy, fingerprint, picture };
}
