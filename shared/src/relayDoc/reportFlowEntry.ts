import { reportFlowStateSchema } from '../reportFlow/reportFlowState';
import { relayDocEntry } from './relayDocEntry';

/** The report's flow: its stage and version, the agreements, comments and final versions, with who and when. */
export const reportFlowEntry = relayDocEntry({ key: 'reportFlow', label: "report's record", schema: reportFlowStateSchema });
