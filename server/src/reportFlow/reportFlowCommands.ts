import { newId } from '@washup/shared/board';
import { reportFlowEntry } from '@washup/shared/relayDoc';
import { defaultReportChoices, hostCopyFingerprint, renderMarkdown } from '@washup/shared/report';
import { applyReportFlowCommand, emptyReportFlow, reportFlowCommandSchema, reportFlowRefusalKinds } from '@washup/shared/reportFlow';
import { commandFamily, type CommandFamily } from '../commands/commandFamily';
import { acceptedOrThrow } from '../refusals/acceptedOrThrow';
import { Refused } from '../refusals/refused';
import { exportableReport } from '../report/reportSource';

/**
 * `report.share`, `report.agree`, `report.finalise`, `report.nextVersion`, `report.comment`,
 * `report.resolveComment`: the report's flow, recorded by the relay with the name and role from the
 * sender's token. Agreements are given to the host's copy as the relay renders it at that moment
 * (redacted, no interpretations, no figures), and a final version keeps that text.
 */
export function reportFlowCommands(): CommandFamily {
  return commandFamily('report', reportFlowCommandSchema, async (command, context) => {
    const { access } = context;
    if (!access.participantId || !access.name) throw new Refused('forbidden', 'join_first', 'join the board by name before taking part in the report');
    const actor = { participantId: access.participantId, name: access.name, role: access.role };
    const boardId = access.board.id;
    const report = await exportableReport(context, { boardId, ...defaultReportChoices, now: context.now });
    const facts = { now: context.now, markdown: renderMarkdown(report), fingerprint: hostCopyFingerprint(report), newId: () => newId() };
    return context.relayDoc.update(boardId, reportFlowEntry, (current) => {
      const state = acceptedOrThrow(applyReportFlowCommand(current ?? emptyReportFlow, command, actor, facts), reportFlowRefusalKinds);
      return { value: state, result: null };
    });
  });
}
