import { newId } from '@washup/shared/board';
import { reportFlowEntry } from '@washup/shared/relayDoc';
import { agreedCopyText, defaultReportChoices, hostCopyFingerprint } from '@washup/shared/report';
import { applyReportFlowCommand, emptyReportFlow, markFinalVersion, reportFlowCommandSchema, reportFlowRefusalKinds } from '@washup/shared/reportFlow';
import { commandFamily, type CommandFamily } from '../commands/commandFamily';
import { acceptedOrThrow } from '../refusals/acceptedOrThrow';
import { Refused } from '../refusals/refused';
import { shownReportImageOf } from '../report/reportPictureSource';
import { exportableReport } from '../report/reportSource';
import { keepVersionCitations } from '../report/versionCopies';

/**
 * `report.share`, `report.agree`, `report.finalise`, `report.nextVersion`, `report.comment`,
 * `report.resolveComment`: the report's flow, recorded by the relay with the name and role from the
 * sender's token. Agreements are given to the host's copy as the relay renders it at that moment
 * (redacted, no interpretations, no figures) with the canvas picture it shows, and a final version
 * keeps that text. The board doc carries the mark of a final version (`markFinalVersion`), written
 * in the same step as the flow, so the relay refuses changes to the report's own words from then
 * until the next version starts, and the numbers a final version's narrative cites are kept
 * (`keepVersionCitations`).
 */
export function reportFlowCommands(): CommandFamily {
  return commandFamily('report', reportFlowCommandSchema, async (command, context) => {
    const { access } = context;
    if (!access.participantId || !access.name) throw new Refused('forbidden', 'join_first', 'join the board by name before taking part in the report');
    const actor = { participantId: access.participantId, name: access.name, role: access.role };
    const boardId = access.board.id;
    const report = await exportableReport(context, { boardId, ...defaultReportChoices, now: context.now });
    const picture = await shownReportImageOf(context.rooms, boardId);
    const facts = { now: context.now, markdown: agreedCopyText(report, picture), fingerprint: hostCopyFingerprint(report, picture), newId: () => newId() };
    await context.rooms.withRoom({ boardId, kind: 'board' }, async (board) => {
      await context.relayDoc.update(boardId, reportFlowEntry, (current) => {
        const state = acceptedOrThrow(applyReportFlowCommand(current ?? emptyReportFlow, command, actor, facts), reportFlowRefusalKinds);
        // In the same synchronous step as the flow's own write: no edit can land between the two.
        board.change((doc) => markFinalVersion(doc, state.stage === 'final' ? state.version : null));
        return { value: state, result: null };
      });
      await board.whenDurable();
    });
    if (command.type === 'report.finalise') await keepVersionCitations(context, boardId, context.now);
    return null;
  });
}
