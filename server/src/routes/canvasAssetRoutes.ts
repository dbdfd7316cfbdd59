import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { boardParamsSchema, tokenQuerySchema } from '@washup/shared/api';
import { canEditBoard, roles } from '@washup/shared/auth';
import { canvasAssetParamsSchema, canvasAssetUploadResponseSchema, canvasImageMaxBytes, canvasImageTypeNames, canvasImageTypes } from '@washup/shared/canvas';
import { readCanvasImage, storeCanvasImage } from '../canvasAssets/canvasAssetStore';
import { accessOf, checkBoardAccess, onlyRoles, type BoardAccessDeps } from '../http/boardAccess';

const editors = roles.filter(canEditBoard);

/**
 * A picture served to the board's people only, and never run: an SVG opened on its own stays an
 * inert picture (no scripts, nothing loaded), whatever it holds.
 */
const pictureSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";

/**
 * Under `/api/boards/:id`: `POST /assets` stores a picture pasted or dropped on the canvas (or the
 * canvas's image for the report), its bytes as the body and its type as Content-Type, for those
 * who edit the board; `GET /assets/:assetId` serves it to anyone on the board. A picture's URL
 * names its bytes, so it is cached for good.
 */
export const canvasAssetRoutes: FastifyPluginAsync<BoardAccessDeps & { boardPicturesMaxBytes: number }> = async (scope, options) => {
  scope.addContentTypeParser([...canvasImageTypes], { parseAs: 'buffer', bodyLimit: canvasImageMaxBytes }, (_request, body, done) => done(null, body));
  checkBoardAccess(scope, options);
  const api = scope.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/assets',
    {
      bodyLimit: canvasImageMaxBytes,
      config: { body: { what: 'the picture', types: canvasImageTypeNames } },
      schema: { params: boardParamsSchema, querystring: tokenQuerySchema, response: { 200: canvasAssetUploadResponseSchema } },
      preHandler: onlyRoles(editors, 'add pictures to the canvas'),
    },
    async (request) => {
      const declared = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const body: unknown = request.body;
      const bytes = body instanceof Uint8Array ? body : new Uint8Array();
      return storeCanvasImage(options.storage, accessOf(request).board.id, declared, bytes, options.boardPicturesMaxBytes);
    },
  );

  api.get('/assets/:assetId', { schema: { params: canvasAssetParamsSchema, querystring: tokenQuerySchema } }, async (request, reply) => {
    const asset = await readCanvasImage(options.storage, accessOf(request).board.id, request.params.assetId);
    return reply
      .header('content-type', asset.contentType)
      .header('cache-control', 'private, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', pictureSecurityPolicy)
      .send(Buffer.from(asset.bytes));
  });
};
