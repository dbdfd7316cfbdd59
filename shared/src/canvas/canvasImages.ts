import { z } from 'zod';
import { versionedKind } from '../records/versionedKind';
import { sizeInWords } from '../rules/sizeInWords';

/**
 * Pictures on the canvas (pasted, dropped, or the canvas's own image for the report) are stored
 * by the relay as assets of their board, never as `data:` URLs inside the board doc: the doc
 * carries only a path to them. An asset's id is the SHA-256 of its bytes, so the same picture
 * uploaded twice (a retry after a dropped connection) is one asset, and its URL never changes
 * what it serves (cached for good).
 */
export const canvasImageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'] as const;
export type CanvasImageType = (typeof canvasImageTypes)[number];
/** The picture types in words, for refusals. */
export const canvasImageTypeNames = 'PNG, JPEG, GIF, WebP or SVG';

/** A picture may be at most this big: a phone photo fits, a poster scan does not. */
export const canvasImageMaxBytes = 8 * 1024 * 1024;

export const canvasAssetIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'is no picture id');
export const canvasAssetParamsSchema = z.object({ id: z.string().min(1).max(64), assetId: canvasAssetIdSchema });

/** Where a board's picture is served; what a stored tldraw image asset's `src` holds. */
export function canvasAssetPath(boardId: string, assetId: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/assets/${assetId}`;
}

/** A stored picture path, as `canvasAssetPath` writes it; anything else (data:, another site) is refused. */
export const canvasAssetPathPattern = /^\/api\/boards\/[A-Za-z0-9_-]{1,64}\/assets\/[0-9a-f]{64}$/;

export const canvasAssetUploadResponseSchema = z.object({
  assetId: canvasAssetIdSchema,
  src: z.string().regex(canvasAssetPathPattern),
  contentType: z.enum(canvasImageTypes),
  bytes: z.number().int().positive(),
});
export type CanvasAssetUploadResponse = z.infer<typeof canvasAssetUploadResponseSchema>;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));

/** The raster type the bytes themselves say they are (their signature), or null. */
function rasterTypeOf(bytes: Uint8Array): Exclude<CanvasImageType, 'image/svg+xml'> | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/**
 * What an SVG may not hold to be shown as a picture of the board: anything that runs, reaches
 * out, or expands (scripts, event handlers, javascript: links, embedded HTML, references to other
 * files or sites, entity declarations). Refused rather than cleaned: a cleaned picture would not
 * be the one its sender saw, and a regular expression that cleans is one that can be fooled.
 */
const svgDangers: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /<\s*script/i, what: 'a script' },
  { pattern: /\son[a-z]+\s*=/i, what: 'an event handler' },
  { pattern: /javascript\s*:/i, what: 'a javascript: link' },
  { pattern: /<\s*foreignObject/i, what: 'embedded HTML' },
  { pattern: /<!ENTITY|<!DOCTYPE/i, what: 'a document type or entity' },
  { pattern: /<\s*(iframe|embed|object)\b/i, what: 'an embedded or referenced document' },
  { pattern: /(?:xlink:)?href\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg|gif|webp);)/i, what: 'a link to another file or site' },
  { pattern: /url\(\s*["']?\s*(?!#|data:image\/(?:png|jpeg|gif|webp);)/i, what: 'a style that loads another file' },
  { pattern: /@import/i, what: 'a style that loads another file' },
];

function svgProblem(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'is not readable text, as an SVG picture is';
  }
  if (!/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text)) return 'is not an SVG picture';
  const danger = svgDangers.find(({ pattern }) => pattern.test(text));
  return danger ? `is an SVG with ${danger.what}, which Washup does not keep` : null;
}

/**
 * Why these bytes may not be stored as a picture of type `declared`, in the words of a refusal;
 * null when they may. The bytes must be what they are declared to be (their own signature, or
 * for SVG, safe text that is one), within the size limit.
 */
export function canvasImageProblem(declared: string, bytes: Uint8Array): string | null {
  if (!(canvasImageTypes as readonly string[]).includes(declared)) return `a picture must be ${canvasImageTypeNames}, not ${declared.slice(0, 60) || 'an unnamed type'}`;
  if (bytes.length === 0) return 'the picture is empty';
  if (bytes.length > canvasImageMaxBytes) return `the picture is larger than ${sizeInWords(canvasImageMaxBytes)}, the most a picture may be`;
  if (declared === 'image/svg+xml') {
    const problem = svgProblem(bytes);
    return problem ? `the picture ${problem}` : null;
  }
  const actual = rasterTypeOf(bytes);
  if (actual === null) return `the picture is not a ${declared.slice('image/'.length).toUpperCase()} image (its bytes are no picture Washup reads)`;
  return actual === declared ? null : `the picture is declared ${declared} but its bytes are ${actual}`;
}

/**
 * A picture dropped on the canvas while offline, as a device keeps it until the relay has it
 * (stored on the device, read back when the canvas opens again): its id is the SHA-256 the relay
 * will name it by, so the canvas holds its final path from the start.
 */
export const pendingPictureKind = versionedKind({
  label: 'picture waiting to be uploaded',
  schema: z.object({
    assetId: canvasAssetIdSchema,
    contentType: z.enum(canvasImageTypes),
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length > 0 && bytes.length <= canvasImageMaxBytes, 'is no picture Washup keeps'),
    keptAt: z.number().int().nonnegative(),
  }),
});
export type PendingPicture = z.infer<typeof pendingPictureKind.schema>;
