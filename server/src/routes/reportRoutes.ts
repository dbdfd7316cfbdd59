import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { boardParamsSchema, reportQuerySchema, versionParamsSchema, type ReportQuery } from '@washup/shared/api';
import { renderMarkdown, reportCanvasMarkdown, reportDownloadRoles, reportFileName, type Report, type ReportFormat } from '@washup/shared/report';
import { reportCanvasImageOf } from '../report/reportPictureSource';
import { exportableReport, type ReportSourceDeps } from '../report/reportSource';
import { versionCopyMarkdown, versionCopyReport } from '../report/versionCopies';
import { accessOf, checkBoardAccess, onlyRoles, type BoardAccessDeps } from '../http/boardAccess';

const contentTypes: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ReportRoutesOptions extends ReportSourceDeps, BoardAccessDeps {}

function sendFile(reply: FastifyReply, file: { title: string; at: number }, format: ReportFormat, body: string | Buffer): FastifyReply {
  return reply
    .header('content-type', contentTypes[format])
    .header('content-disposition', `attachment; filename="${reportFileName(file.title, file.at, format)}"`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

/**
 * Under `/api/boards/:id`: `GET /report.md` and `/report.docx`, the feedback report redacted with
 * the board's list, as a download, and `GET /report/versions/:version/report.md|docx`, a final version. The token comes as `Authorization: Bearer` or `?token=`.
 */
const fileOf = (report: Report) => ({ title: report.title, at: report.generatedAt });

export const reportRoutes: FastifyPluginAsync<ReportRoutesOptions> = async (scope, options) => {
  checkBoardAccess(scope, options);
  const api = scope.withTypeProvider<ZodTypeProvider>();
  const route = { schema: { params: boardParamsSchema, querystring: reportQuerySchema }, preHandler: onlyRoles(reportDownloadRoles, 'download the report') };

  const reportFor = (boardId: string, query: ReportQuery): Promise<Report> =>
    exportableReport(options, {
      boardId,
      includeInterpretation: query.interpretation === '1',
      includeFigures: query.figures === '1',
      evidenceAppendix: query.appendix,
      includeComments: query.comments === '1',
      now: Date.now(),
    });

  api.get('/report.md', route, async (request, reply) => {
    const boardId = accessOf(request).board.id;
    const report = await reportFor(boardId, request.query);
    const picture = await reportCanvasImageOf(options, boardId);
    const pictureText = picture ? reportCanvasMarkdown(picture, (bytes) => Buffer.from(bytes).toString('base64')) : '';
    return sendFile(reply, fileOf(report), 'md', renderMarkdown(report) + pictureText);
  });

  api.get('/report.docx', route, async (request, reply) => {
    const boardId = accessOf(request).board.id;
    const report = await reportFor(boardId, request.query);
    const picture = await reportCanvasImageOf(options, boardId);
    // The DOCX library (about 10 MiB in memory) loads at the first download, not with the relay.
    const { renderDocx } = await import('../report/renderDocx');
    return sendFile(reply, fileOf(report), 'docx', await renderDocx(report, picture));
  });

  // A final version: the host's copy as agreed, with the evidence appendix as chosen (the other choices are the host's copy's).
  const versionRoute = { schema: { params: versionParamsSchema, querystring: reportQuerySchema }, preHandler: route.preHandler };
  const versionTitle = (report: { title: string }, version: number) => `${report.title} version ${version}`;

  api.get('/report/versions/:version/report.md', versionRoute, async (request, reply) => {
    const boardId = accessOf(request).board.id;
    const { final, text } = await versionCopyMarkdown(options, boardId, request.params.version, request.query.appendix);
    const title = /^# (.*)$/m.exec(text)?.[1] ?? 'Feedback report';
    return sendFile(reply, { title: versionTitle({ title }, final.version), at: final.at }, 'md', text);
  });

  api.get('/report/versions/:version/report.docx', versionRoute, async (request, reply) => {
    const boardId = accessOf(request).board.id;
    const { final, report } = await versionCopyReport(options, boardId, request.params.version, request.query.appendix, Date.now());
    const picture = await reportCanvasImageOf(options, boardId);
    const { renderDocx } = await import('../report/renderDocx');
    return sendFile(reply, { title: versionTitle(report, final.version), at: final.at }, 'docx', await renderDocx(report, picture));
  });
};
