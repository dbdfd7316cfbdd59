import { describe, expect, it } from 'vitest';
import { canvasEntryProblem, canvasImageMaxBytes, canvasImageProblem, pendingPictureKind } from '../../src/canvas';
import { readVersioned, stampVersion } from '../../src/records';

const bytesOf = (...parts: Array<string | number[]>) => Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? Array.from(part, (character) => character.charCodeAt(0)) : part)));
const png = bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest');
const svg = (text: string) => new TextEncoder().encode(text);

describe('a picture the board keeps', () => {
  it('is what its type says, by its own bytes', () => {
    expect(canvasImageProblem('image/png', png)).toBeNull();
    expect(canvasImageProblem('image/jpeg', bytesOf([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(canvasImageProblem('image/gif', bytesOf('GIF89a..'))).toBeNull();
    expect(canvasImageProblem('image/webp', bytesOf('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBeNull();
    expect(canvasImageProblem('image/jpeg', png)).toMatch(/declared image\/jpeg but its bytes are image\/png/);
    expect(canvasImageProblem('image/png', bytesOf('MZ\x90\x00'))).toMatch(/not a PNG image/);
    expect(canvasImageProblem('text/html', png)).toMatch(/must be PNG, JPEG, GIF, WebP or SVG/);
    expect(canvasImageProblem('image/png', new Uint8Array())).toMatch(/empty/);
    expect(canvasImageProblem('image/png', new Uint8Array(canvasImageMaxBytes + 1))).toBe('the picture is larger than 8 MB, the most a picture may be');
  });

  it('as SVG, is plain drawing: nothing that runs, reaches out or expands', () => {
    expect(canvasImageProblem('image/svg+xml', svg('<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/><use href="#a"/></svg>'))).toBeNull();
    expect(canvasImageProblem('image/svg+xml', svg('<svg><use href="other.svg#a"/></svg>'))).toMatch(/another file or site/);
    expect(canvasImageProblem('image/svg+xml', svg('<svg><iframe src="x"/></svg>'))).toMatch(/embedded or referenced/);
    expect(canvasImageProblem('image/svg+xml', svg('<?xml version="1.0"?><!-- made by hand --><svg><path d="M0 0L4 4"/></svg>'))).toBeNull();
    expect(canvasImageProblem('image/svg+xml', svg('<svg><image href="data:image/png;base64,AAAA"/></svg>'))).toBeNull();
    for (const [text, danger] of [
      ['<svg><script>alert(1)</script></svg>', /a script/],
      ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', /javascript: link|another file or site/],
      ['<svg onload="alert(1)"/>', /an event handler/],
      ['<svg><style>@import url(https://example.com/x.css)</style></svg>', /loads another file/],
      ['<svg><rect style="fill:url(https://example.com/p)"/></svg>', /loads another file/],
      ['<svg><image href="https://example.com/x.png"/></svg>', /another file or site/],
      ['not an svg at all', /is not an SVG picture/],
    ] as const) {
      expect(canvasImageProblem('image/svg+xml', svg(text))).toMatch(danger);
    }
    expect(canvasImageProblem('image/svg+xml', Uint8Array.from([0xc3, 0x28]))).toMatch(/not readable text/);
  });
});

describe('an image asset in the canvas collection', () => {
  const asset = (src: unknown) => ({ key: 'asset:p1', val: { record: { id: 'asset:p1', typeName: 'asset', type: 'image', props: { src, w: 10, h: 10, name: 'wall.png' } } } });

  it("points at the board's relay, or nowhere yet; never at a data: URL or another site", () => {
    expect(canvasEntryProblem(asset(`/api/boards/abc_DEF-12/assets/${'a'.repeat(64)}`))).toBeNull();
    expect(canvasEntryProblem(asset(''))).toBeNull();
    expect(canvasEntryProblem(asset(null))).toBeNull();
    expect(canvasEntryProblem(asset('data:image/png;base64,AAAA'))).toMatch(/not stored by the board's relay/);
    expect(canvasEntryProblem(asset('https://example.com/x.png'))).toMatch(/not stored by the board's relay/);
    expect(canvasEntryProblem(asset(`/api/boards/abc/assets/${'a'.repeat(64)}/../../x`))).toMatch(/not stored by the board's relay/);
  });
});

describe('a picture kept on a device until it is uploaded', () => {
  const kept = { assetId: 'a'.repeat(64), contentType: 'image/png', bytes: png, keptAt: 1 };

  it('reads back as it was kept, at its version', () => {
    expect(readVersioned(pendingPictureKind, stampVersion(pendingPictureKind, { ...kept, contentType: 'image/png' as const }))).toEqual({ ok: true, value: kept });
  });

  it('is not read when it is garbage, nested, of another type, empty or oversized, or of a newer Washup', () => {
    for (const stored of [
      null,
      'picture',
      42,
      { ...kept, assetId: '../../etc/passwd' },
      { ...kept, contentType: 'text/html' },
      { ...kept, bytes: new Uint8Array() },
      { ...kept, bytes: new Uint8Array(canvasImageMaxBytes + 1) },
      { ...kept, bytes: Array.from(png) },
      { ...kept, keptAt: { nested: { deeper: [1] } } },
      { ...kept, v: 99 },
    ]) {
      expect(readVersioned(pendingPictureKind, stored).ok).toBe(false);
    }
  });
});
