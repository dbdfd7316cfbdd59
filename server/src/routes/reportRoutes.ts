import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { boardParamsSchema, reportQuerySchema, type ReportQuery } from '@washup/shared/api';
import { renderMarkdown, reportDownloadRoles, reportFileName, reportPictureMarkdown, type Report, type ReportFormat } from '@washup/shared/report';
import { reportPictureOf } from '../report/reportPictureSource';
import { exportableReport, type ReportSourceDeps } from '../report/reportSource';
import { accessOf, checkBoardAccess, onlyRoles, type BoardAccessDeps } from '../http/boardAccess';

const contentTypes: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ReportRoutesOptions extends ReportSourceDeps, BoardAccessDeps {}

function sendFile(reply: FastifyReply, report: Report, format: ReportFormat, body: string | Buffer): FastifyReply {
  return reply
    .header('content-type', contentTypes[format])
    .header('content-disposition', `attachment; filename="${reportFileName(report.title, report.generatedAt, format)}"`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

/**
 * Under `/api/boards/:id`: `GET /report.md` and `/report.docx`, the feedback report redacted with
 * the board's list, as a download. The token comes as `Authorization: Bearer` or `?token=`.
 */
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
      now: Date.now(),
    });

  api.get('/report.md', route, async (request, reply) => {
    const boardId = accessOf(request).board.id;
    const report = await reportFor(boardId, request.query);
    const picture = await reportPictureOf(options, boardId);
    const pictureText = picture ? reportPictureMarkdown(picture, (bytes) => Buffer.from(bytes).toString('base64')) : '';
    return sendFile(reply, report, 'md', renderMarkdown(report) + pictureText);
  });

  api.get('/report.docx', route, async (request, reply) => {
    const boardId = accessOf(request).board.id;
    const report = await reportFor(boardId, request.query);
    const picture = await reportPictureOf(options, boardId);
    // The DOCX library (about 10 MiB in memory) loads at the first download, not with the relay.
    const { renderDocx } = await import('../report/renderDocx');
    return sendFile(reply, report, 'docx', await renderDocx(report, picture));
  });
};
