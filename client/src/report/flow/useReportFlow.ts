import { useMemo } from 'react';
import { reportFlowEntry } from '@washup/shared/relayDoc';
import { defaultReportChoices, hostCopyFingerprint } from '@washup/shared/report';
import { emptyReportFlow, type ReportFlowState } from '@washup/shared/reportFlow';
import { useRelayDocValue } from '../../sync/useRelayDocValue';
import { useReport } from '../useReport';

export interface ReportFlowView {
  flow: ReportFlowState;
  /** The host's copy as it reads now, and its fingerprint: what an agreement given now would be given to. */
  hostCopy: ReturnType<typeof useReport>;
  fingerprint: string;
}

/** The report's flow from the relay doc, with the host's copy it is about. */
export function useReportFlow(): ReportFlowView {
  const flow = useRelayDocValue(reportFlowEntry) ?? emptyReportFlow;
  const hostCopy = useReport(defaultReportChoices);
  const fingerprint = useMemo(() => hostCopyFingerprint(hostCopy), [hostCopy]);
  return { flow, hostCopy, fingerprint };
}
