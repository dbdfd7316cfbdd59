import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canvasAssetUploadResponseSchema, canvasDocOf, canvasMetaKeys, canvasRoots } from '@washup/shared/canvas';
import { closeCode } from '@washup/shared/sync';
import { RawSyncClient } from './support/rawClient';
import { boardWithTeam, relayPerTest, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

/** A 1×1 PNG, as tldraw's export makes a (much larger) one. */
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

async function uploaded(relay: TestRelay, boardId: string, token: string) {
  const response = await fetch(`${relay.url}/api/boards/${boardId}/assets`, { method: 'POST', headers: { 'content-type': 'image/png', authorization: `Bearer ${token}` }, body: onePixelPng });
  return canvasAssetUploadResponseSchema.parse(await response.json());
}

describe('the canvas image in the report', () => {
  it('is embedded in the .docx as a picture and inline in the .md once the Lead Reviewer puts it in', async () => {
    const relay = await startTestRelay();
    const { board, lead } = await boardWithTeam(relay, { lead: ['facilitator', 'Lee'] });
    const url = `${relay.wsUrl}/${board.id}`;
    const before = await fetch(`${relay.url}/api/boards/${board.id}/report.md`, { headers: { authorization: `Bearer ${lead.token}` } });
    expect(await before.text()).not.toContain('data:image/png');

    const stored = await uploaded(relay, board.id, lead.token);
    const client = new RawSyncClient(url, lead.token);
    await client.synced;
    const canvas = canvasDocOf(client.doc);
    canvas.transact(() => canvas.setReportImage({ assetId: stored.assetId, w: 1, h: 1, putAt: 1 }));
    await client.requestAck().acked;

    const markdown = await (await fetch(`${relay.url}/api/boards/${board.id}/report.md`, { headers: { authorization: `Bearer ${lead.token}` } })).text();
    expect(markdown).toContain(`## The canvas\n\n![The review team's canvas`);
    expect(markdown).toContain(`(data:image/png;base64,${onePixelPng.toString('base64')})`);

    const docx = unzipSync(new Uint8Array(await (await fetch(`${relay.url}/api/boards/${board.id}/report.docx`, { headers: { authorization: `Bearer ${lead.token}` } })).arrayBuffer()));
    const media = Object.keys(docx).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(docx[media[0] ?? ''] ?? new Uint8Array())).toEqual(onePixelPng);
    expect(new TextDecoder().decode(docx['word/document.xml'])).toContain('The canvas');
    client.close();
  });

  it("refuses a reviewer's write or removal of the report image, with the reason", async () => {
    const relay = await startTestRelay();
    const { board, lead, reviewer } = await boardWithTeam(relay, { lead: ['facilitator', 'Lee'], reviewer: ['reviewer', 'Rae'] });
    const url = `${relay.wsUrl}/${board.id}`;
    const stored = await uploaded(relay, board.id, reviewer.token);

    const forger = new RawSyncClient(url, reviewer.token);
    await forger.synced;
    canvasDocOf(forger.doc).transact(() => canvasDocOf(forger.doc).setReportImage({ assetId: stored.assetId, w: 1, h: 1, putAt: 1 }));
    expect(await forger.closed).toMatchObject({ code: closeCode.policyViolation, reason: 'refused: only the Lead Reviewer puts the canvas into the report' });

    const leadClient = new RawSyncClient(url, lead.token);
    await leadClient.synced;
    canvasDocOf(leadClient.doc).transact(() => canvasDocOf(leadClient.doc).setReportImage({ assetId: stored.assetId, w: 1, h: 1, putAt: 1 }));
    await leadClient.requestAck().acked;

    const remover = new RawSyncClient(url, reviewer.token);
    await remover.synced;
    remover.doc.getMap(canvasRoots.meta).delete(canvasMetaKeys.reportImage);
    expect(await remover.closed).toMatchObject({ code: closeCode.policyViolation, reason: 'refused: only the Lead Reviewer puts the canvas into the report' });

    const hostile = new RawSyncClient(url, lead.token);
    await hostile.synced;
    hostile.doc.getMap(canvasRoots.meta).set(canvasMetaKeys.reportImage, { assetId: '../../etc/passwd', w: -1, h: 1e12, putAt: 0 });
    const closed = await hostile.closed;
    expect(closed.code).toBe(closeCode.policyViolation);
    expect(closed.reason).toMatch(/the canvas image in the report fails its schema/);
    leadClient.close();
  });
});
