import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderMarkdown, reportDownloadRoles, reportFileName, type Report, type ReportFormat } from '@washup/shared';
import { authorize, requireRole, tokenFrom } from '../auth/access';
import type { TokenSigner } from '../auth/tokens';
import type { Storage } from '../storage/storage';
import { renderDocx } from './renderDocx';
import { exportableReport, type ReportSourceDeps } from './reportSource';

const boardParams = z.object({ id: z.string().min(1).max(64) });
const reportQuery = z.object({
  token: z.string().max(4096).optional(),
  /** `1` adds the reviewers' interpretations beside the observations. */
  interpretation: z.enum(['0', '1']).default('0'),
});

const contentTypes: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ReportRoutesDeps extends ReportSourceDeps {
  storage: Storage;
  signer: TokenSigner;
}

function sendFile(reply: FastifyReply, report: Report, format: ReportFormat, body: string | Buffer): FastifyReply {
  return reply
    .header('content-type', contentTypes[format])
    .header('content-disposition', `attachment; filename="${reportFileName(report.title, report.generatedAt, format)}"`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

/**
 * `GET /api/boards/:id/report.md` and `.docx`: the feedback report, redacted with the board's list,
 * as a download. The token comes as `Authorization: Bearer` or `?token=`.
 */
export async function reportRoutes(app: FastifyInstance, deps: ReportRoutesDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const schema = { params: boardParams, querystring: reportQuery };

  const reportFor = async (boardId: string, token: string | null, interpretation: '0' | '1'): Promise<Report> => {
    const who = await authorize(deps.storage, deps.signer, boardId, token);
    requireRole(who, reportDownloadRoles, 'download the report');
    return exportableReport(deps, { boardId: who.board.id, includeInterpretation: interpretation === '1', now: Date.now() });
  };

  api.get('/api/boards/:id/report.md', { schema }, async (request, reply) => {
    const report = await reportFor(request.params.id, tokenFrom(request), request.query.interpretation);
    return sendFile(reply, report, 'md', renderMarkdown(report));
  });

  api.get('/api/boards/:id/report.docx', { schema }, async (request, reply) => {
    const report = await reportFor(request.params.id, tokenFrom(request), request.query.interpretation);
    return sendFile(reply, report, 'docx', await renderDocx(report));
  });
}
