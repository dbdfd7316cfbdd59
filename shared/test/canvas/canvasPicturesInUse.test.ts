import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { canvasAssetPath, canvasDocOf, picturesInUse } from '../../src/canvas';

const boardId = 'B'.repeat(22);
const hash = (character: string) => character.repeat(64);

function canvasWith(records: Array<Record<string, unknown>>) {
  const canvas = canvasDocOf(new Y.Doc());
  canvas.transact(() => {
    for (const record of records) canvas.put(record as Parameters<typeof canvas.put>[0]);
  });
  return canvas;
}
const asset = (name: string, src: unknown) => ({ id: `asset:${name}`, typeName: 'asset', type: 'image', props: { src, w: 1, h: 1 } });
const shape = (name: string, assetId: unknown) => ({ id: `shape:${name}`, typeName: 'shape', type: 'image', x: 0, y: 0, props: { assetId, w: 1, h: 1 } });

describe('the pictures a canvas uses', () => {
  it('are those a shape shows through its asset record, and the report image; an asset record alone counts for nothing', () => {
    const canvas = canvasWith([
      asset('a', canvasAssetPath(boardId, hash('a'))),
      shape('a', 'asset:a'),
      shape('a2', 'asset:a'),
      asset('b', canvasAssetPath(boardId, hash('b'))),
      asset('c', canvasAssetPath(boardId, hash('c'))),
      shape('c', 'asset:c'),
    ]);
    canvas.setReportImage({ assetId: hash('d'), w: 1, h: 1, putAt: 1 });
    canvas.remove('shape:c');
    expect(picturesInUse(canvas, boardId)).toEqual({ ok: true, assetIds: new Set([hash('a'), hash('d')]) });
  });

  it("never counts another board's picture, a picture not uploaded yet, or a shape naming garbage", () => {
    const canvas = canvasWith([
      asset('other', canvasAssetPath('O'.repeat(22), hash('e'))),
      shape('other', 'asset:other'),
      asset('pending', ''),
      shape('pending', 'asset:pending'),
      shape('missing', 'asset:missing'),
      shape('nested', { deep: { deeper: [canvasAssetPath(boardId, hash('f'))] } }),
      shape('number', 42),
    ]);
    expect(picturesInUse(canvas, boardId)).toEqual({ ok: true, assetIds: new Set() });
  });

  it('tells nothing when a record or the report image does not read, since it might use a picture unseen', () => {
    const doc = new Y.Doc();
    doc.getArray('canvas').push([{ key: 'shape:bad', val: { record: { id: 'shape:bad', props: { assetId: 'asset:a' } } } }]);
    expect(picturesInUse(canvasDocOf(doc), boardId)).toMatchObject({ ok: false, problem: expect.stringContaining('shape:bad') });

    const canvas = canvasWith([]);
    canvas.doc.getMap('canvasMeta').set('reportImage', { assetId: 'not a hash' });
    expect(picturesInUse(canvas, boardId)).toMatchObject({ ok: false, problem: expect.stringContaining('the canvas image in the report') });
  });
});
