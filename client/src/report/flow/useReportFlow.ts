import { useMemo } from 'react';
import type { BoardDoc } from '@washup/shared/board';
import { canvasDocOf } from '@washup/shared/canvas';
import { reportFlowEntry } from '@washup/shared/relayDoc';
import { agreedCopyText, defaultReportChoices, hostCopyFingerprint } from '@washup/shared/report';
import { emptyReportFlow, type ReportFlowState } from '@washup/shared/reportFlow';
import { useBoardValue } from '../../sync/useBoardValue';
import { useRelayDocValue } from '../../sync/useRelayDocValue';
import { useReport } from '../useReport';

export interface ReportFlowView {
  flow: ReportFlowState;
  /** The host's copy as it reads now, and its fingerprint: what an agreement given now would be given to. */
  hostCopy: ReturnType<typeof useReport>;
  fingerprint: string;
  /** The host's copy in Markdown with the canvas picture it shows, to compare with a final version. */
  hostCopyMarkdown: string;
}

/** The canvas picture in the report, as the relay names it in the text agreements are given to. */
const reportImageOf = (board: BoardDoc) => {
  const reading = canvasDocOf(board.doc).reportImage();
  return reading.ok ? reading.image : null;
};

/** The report's flow from the relay doc, with the host's copy it is about. */
export function useReportFlow(): ReportFlowView {
  const flow = useRelayDocValue(reportFlowEntry) ?? emptyReportFlow;
  const hostCopy = useReport(defaultReportChoices);
  const picture = useBoardValue(reportImageOf);
  const fingerprint = useMemo(() => hostCopyFingerprint(hostCopy, picture), [hostCopy, picture]);
  const hostCopyMarkdown = useMemo(() => agreedCopyText(hostCopy, picture), [hostCopy, picture]);
  return { flow, hostCopy, fingerprint, hostCopyMarkdown };
}
