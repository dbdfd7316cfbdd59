import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext, BrowserContext, Locator, Page } from '@playwright/test';
import type { CreateBoardResponse } from '@washup/shared/api';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { startRelayProcess } from '../support/relayProcess';
import { createBoardByApi } from './support/api';
import { joinAs } from './support/boardPages';
import { expect, test } from './support/fixtures';

const shotsDir = '/tmp/canvasfeatures-shots';

async function openOn(context: BrowserContext, url: string, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await joinAs(page, name, 'In the room');
  return page;
}

async function openView(page: Page, view: 'Canvas' | 'Report'): Promise<void> {
  await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: view }).click();
}

async function openCanvas(page: Page): Promise<Locator> {
  await openView(page, 'Canvas');
  const stage = page.getByTestId('canvas-stage');
  await expect(stage.locator('.tl-canvas')).toBeVisible({ timeout: 20_000 });
  return stage;
}

/**
 * Drops a picture (a 240×160 PNG drawn in the page, its frame in `frame`, or of random dots, as a
 * photo does not compress) on the middle of the canvas, as a file dragged from the desktop is
 * dropped; returns its size in bytes.
 */
async function dropPicture(page: Page, frame: string | 'photo' = '#2e6b60'): Promise<number> {
  return page.getByTestId('canvas-stage').locator('.tl-canvas').evaluate(async (canvasElement, frameColour) => {
    const drawing = document.createElement('canvas');
    drawing.width = 240;
    drawing.height = 160;
    const context = drawing.getContext('2d');
    if (!context) throw new Error('no 2d context');
    if (frameColour === 'photo') {
      const dots = context.createImageData(240, 160);
      // getRandomValues fills at most 64 KiB at a time.
      for (let start = 0; start < dots.data.length; start += 65_536) crypto.getRandomValues(dots.data.subarray(start, start + 65_536));
      for (let alpha = 3; alpha < dots.data.length; alpha += 4) dots.data[alpha] = 255;
      context.putImageData(dots, 0, 0);
    } else {
      context.fillStyle = frameColour;
      context.fillRect(0, 0, 240, 160);
    }
    context.fillStyle = '#f2c14e';
    context.fillRect(40, 40, 160, 80);
    const blob = await new Promise<Blob | null>((resolve) => drawing.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the picture was not drawn');
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], 'photo-of-the-wall.png', { type: 'image/png' }));
    const box = canvasElement.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true, dataTransfer: transfer };
    canvasElement.dispatchEvent(new DragEvent('dragover', at));
    canvasElement.dispatchEvent(new DragEvent('drop', at));
    return blob.size;
  }, frame);
}

/** The picture shapes on a canvas whose image has loaded (from the relay, through a blob: URL, or tldraw's preview). */
const loadedPicture = (stage: Locator) => stage.locator('.tl-shape[data-shape-type="image"] img');

/** Every picture shape on a canvas, shown or not. */
const pictureShapes = (stage: Locator) => stage.locator('.tl-shape[data-shape-type="image"]');

async function expectPictureShown(stage: Locator): Promise<void> {
  const image = loadedPicture(stage).first();
  await expect(image).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(240);
}

test('a picture dropped on one device shows on the other, survives a locked-out delete, and goes into the report and its .docx', async ({ browser, baseURL, request, relay }) => {
  mkdirSync(shotsDir, { recursive: true });
  const board = await createBoardByApi(request, 'Oakfield · pictures', 'qa-review');
  const leadContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const reviewerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const lead = await openOn(leadContext, board.invites.facilitator.url, 'Lee Lead');
  const reviewer = await openOn(reviewerContext, board.invites.reviewer.url, 'Rae Reviewer');
  const leadStage = await openCanvas(lead);
  const reviewerStage = await openCanvas(reviewer);

  // The picture's bytes go to the relay; the board doc holds only its path.
  const uploadedPicture = reviewer.waitForResponse((response) => response.url().endsWith('/assets') && response.request().method() === 'POST');
  await dropPicture(reviewer);
  expect((await uploadedPicture).status()).toBe(200);
  await expectPictureShown(reviewerStage);
  await expectPictureShown(leadStage);
  expect(await loadedPicture(leadStage).first().getAttribute('src')).toMatch(/^data:image\/png;base64,/);

  // Locked by the Lead Reviewer: the reviewer's canvas is read-only, and a hand-made delete is refused by the relay.
  await lead.getByRole('button', { name: 'Lock the canvas' }).click();
  await expect(reviewer.getByText('The Lead Reviewer has locked the canvas.')).toBeVisible();
  await loadedPicture(reviewerStage).first().click();
  await reviewer.keyboard.press('Delete');
  const crafted = new RawSyncClient(`${relay.url.replace(/^http/, 'ws')}/sync/${board.id}`, board.invites.reviewer.token);
  await crafted.synced;
  const records = crafted.doc.getArray<{ key: string }>('canvas');
  const pictureEntries = records.toArray().flatMap((entry, index) => (entry.key.startsWith('shape:') || entry.key.startsWith('asset:') ? [index] : []));
  expect(pictureEntries.length).toBeGreaterThanOrEqual(2);
  crafted.doc.transact(() => {
    for (const index of pictureEntries.reverse()) records.delete(index, 1);
  });
  expect(await crafted.closed).toMatchObject({ code: 1008, reason: 'refused: the Lead Reviewer has locked the canvas; nothing was deleted' });
  await expectPictureShown(reviewerStage);
  await expectPictureShown(leadStage);
  await reviewer.screenshot({ path: `${shotsDir}/canvas-locked-laptop-1366x768.png` });

  // The Lead Reviewer puts the canvas into the report; the reviewer's Report view shows it.
  // The canvas's export embeds the picture (it once came out empty when it could not fetch it).
  const svgDownload = lead.waitForEvent('download');
  await lead.getByRole('button', { name: 'Download SVG' }).click();
  const svg = readFileSync(await (await svgDownload).path(), 'utf8');
  expect(svg).toContain('data:image/png;base64,');
  await lead.getByRole('button', { name: 'Put the canvas in the report' }).click();
  await expect(lead.getByRole('status').filter({ hasText: 'The canvas image is in the report' })).toBeVisible({ timeout: 20_000 });
  await openView(reviewer, 'Report');
  const inReport = reviewer.getByRole('img', { name: /The review team's canvas/ });
  await expect(inReport).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => inReport.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(240);
  await inReport.screenshot({ path: `${shotsDir}/report-canvas-image.png` });
  await inReport.scrollIntoViewIfNeeded();
  await reviewer.screenshot({ path: `${shotsDir}/report-laptop-1366x768.png` });
  await reviewer.setViewportSize({ width: 390, height: 844 });
  await inReport.scrollIntoViewIfNeeded();
  await reviewer.screenshot({ path: `${shotsDir}/report-phone-390x844.png` });

  // The Lead Reviewer's .docx embeds it as a picture.
  await openView(lead, 'Report');
  const download = lead.waitForEvent('download');
  await lead.getByRole('button', { name: 'Download Word (.docx)' }).click();
  const file = await download;
  const saved = await file.path();
  // A .docx is a zip whose file names are stored as they are: the picture is a PNG part of the document's media.
  const names = Buffer.from(readFileSync(saved)).toString('latin1');
  expect(names.match(/word\/media\/[\w-]+\.png/g)?.length).toBeGreaterThanOrEqual(1);

  // Anyone can still download the canvas as PNG and SVG.
  await openView(reviewer, 'Canvas');
  await reviewer.setViewportSize({ width: 390, height: 844 });
  // The phone opens where this device last left the canvas, at a readable zoom: the picture may be off screen.
  await reviewer.getByRole('button', { name: 'Zoom to fit' }).click();
  await expectPictureShown(reviewer.getByTestId('canvas-stage'));
  await reviewer.screenshot({ path: `${shotsDir}/canvas-phone-390x844.png` });
  for (const format of ['PNG', 'SVG'] as const) {
    const picture = reviewer.waitForEvent('download');
    await reviewer.getByRole('button', { name: `Download ${format}` }).click();
    expect((await picture).suggestedFilename()).toMatch(new RegExp(`-canvas\\.${format.toLowerCase()}$`));
  }
});

test('a picture dropped while offline shows on that device with a message, and reaches the other device on reconnect', async ({ browser, baseURL, request }) => {
  const board = await createBoardByApi(request, 'Oakfield · offline picture', 'qa-review');
  const walkerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const deskContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const walker = await openOn(walkerContext, board.invites.reviewer.url, 'Wren Walker');
  const desk = await openOn(deskContext, board.invites.reviewer.url, 'Dee Desk');
  const walkerStage = await openCanvas(walker);
  const deskStage = await openCanvas(desk);

  await walkerContext.setOffline(true);
  await dropPicture(walker);
  await expectPictureShown(walkerStage);
  await expect(walker.getByText('The picture shows on this device only for now')).toBeVisible();
  await walker.screenshot({ path: `${shotsDir}/offline-picture-laptop-1366x768.png` });

  await walkerContext.setOffline(false);
  await expectPictureShown(deskStage);
  await expect(walker.getByText('The picture shows on this device only for now')).toHaveCount(0);
});

const picturesShotsDir = '/tmp/pictures-shots';

/**
 * What this device's copy of the board (y-indexeddb's database) holds of pictures dropped offline:
 * the ids of those waiting to be uploaded, and whether the saved canvas already names each by its path.
 */
function pictureCopy(page: Page, boardId: string): Promise<Array<{ assetId: string; pathSaved: boolean }>> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open(name);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error ?? new Error('the copy did not open'));
    });
    const all = <T,>(store: string, what: (objects: IDBObjectStore) => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const request = what(db.transaction(store, 'readonly').objectStore(store));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('the copy did not read'));
      });
    try {
      const keys = (await all('custom', (objects) => objects.getAllKeys())).map(String).filter((key) => key.startsWith('washup-picture:'));
      const updates = (await all('updates', (objects) => objects.getAll())) as Uint8Array[];
      const text = updates.map((update) => new TextDecoder('latin1').decode(update)).join('');
      return keys.map((key) => {
        const assetId = key.slice('washup-picture:'.length);
        return { assetId, pathSaved: text.includes(`/assets/${assetId}`) };
      });
    } finally {
      db.close();
    }
  }, `washup:${boardId}`);
}

/** Whether the relay serves the board's picture (200) or has none of that id (404). */
async function relayPicture(request: APIRequestContext, board: CreateBoardResponse, assetId: string): Promise<number> {
  const response = await request.get(`/api/boards/${board.id}/assets/${assetId}`, { headers: { authorization: `Bearer ${board.invites.facilitator.token}` } });
  return response.status();
}

test('a picture dropped offline is kept on the device when its page closes, and uploaded when the board opens again online, at any view', async ({ browser, baseURL, request }) => {
  mkdirSync(picturesShotsDir, { recursive: true });
  const board = await createBoardByApi(request, 'Oakfield · picture kept offline', 'qa-review');
  const walkerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const deskContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const walker = await openOn(walkerContext, board.invites.reviewer.url, 'Wren Walker');
  const desk = await openOn(deskContext, board.invites.reviewer.url, 'Dee Desk');
  await openCanvas(walker);
  const deskStage = await openCanvas(desk);

  await walkerContext.setOffline(true);
  await dropPicture(walker);
  await expectPictureShown(walker.getByTestId('canvas-stage'));
  await expect(walker.getByText('it is uploaded to the board when Washup reconnects, also if this page is closed before then')).toBeVisible();
  await walker.screenshot({ path: `${picturesShotsDir}/picture-kept-offline-laptop-1366x768.png` });
  // Closed only once the device holds both the picture's bytes and the canvas naming it.
  await expect.poll(() => pictureCopy(walker, board.id), { timeout: 20_000 }).toEqual([{ assetId: expect.stringMatching(/^[0-9a-f]{64}$/), pathSaved: true }]);
  const [kept] = await pictureCopy(walker, board.id);
  await walker.close();
  await expect(loadedPicture(deskStage)).toHaveCount(0);
  expect(await relayPicture(request, board, kept?.assetId ?? '')).toBe(404);

  await walkerContext.setOffline(false);
  const reopened = await walkerContext.newPage();
  const uploaded = reopened.waitForResponse((response) => response.url().endsWith('/assets') && response.request().method() === 'POST');
  // Opened at the board view: the picture goes up without waiting for anyone to open the canvas.
  await reopened.goto(`/b/${board.id}`);
  expect((await uploaded).status()).toBe(200);
  await expectPictureShown(deskStage);
  expect(await relayPicture(request, board, kept?.assetId ?? '')).toBe(200);
  await expect.poll(() => pictureCopy(reopened, board.id)).toEqual([]);
  await expect(reopened.getByTestId('canvas-stage')).toHaveCount(0);
  await expectPictureShown(await openCanvas(reopened));

  // Garbage kept on the device as a waiting picture (bytes that are no PNG) is refused by the relay with its reason, shown, and dropped.
  await reopened.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open(name);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error ?? new Error('the copy did not open'));
    });
    const garbage = { assetId: 'e'.repeat(64), contentType: 'image/png', bytes: Uint8Array.from({ length: 512 }, (_, index) => (index * 37) % 256), keptAt: 1, v: 1 };
    await new Promise<void>((resolve, reject) => {
      const request = db.transaction('custom', 'readwrite').objectStore('custom').put(garbage, `washup-picture:${'e'.repeat(64)}`);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('the copy did not take it'));
    });
    db.close();
  }, `washup:${board.id}`);
  await expect.poll(() => pictureCopy(reopened, board.id)).toHaveLength(1);
  await reopened.reload();
  await expect(reopened.getByRole('alert').filter({ hasText: 'A picture added while offline was not added to the board: The picture is not a PNG image' })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => pictureCopy(reopened, board.id)).toEqual([]);

  for (const [size, viewport] of [
    ['phone-390x844', { width: 390, height: 844 }],
    ['laptop-1366x768', { width: 1366, height: 768 }],
    ['projector-1920x1080', { width: 1920, height: 1080 }],
  ] as const) {
    await desk.setViewportSize(viewport);
    // Zoomed to the picture: selected, then tldraw's zoom to the selection (Shift+2).
    await desk.getByRole('button', { name: 'Zoom to fit' }).click();
    await loadedPicture(deskStage).first().click();
    await desk.keyboard.press('Shift+2');
    await expectPictureShown(deskStage);
    await desk.screenshot({ path: `${picturesShotsDir}/picture-arrived-${size}.png` });
  }
});

test("a picture past the board's quota is refused with a message saying how full the board is, and never reaches the other device", async ({ browser }) => {
  mkdirSync(picturesShotsDir, { recursive: true });
  // A relay of its own whose quota holds one photo-like picture (some 90 KB) and not two.
  const quota = 150_000;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'washup-e2e-quota-'));
  const relay = await startRelayProcess(dataDir, { RATE_LIMIT_BOARDS_PER_HOUR: '1000', BOARD_PICTURES_MAX_BYTES: String(quota) });
  try {
    const leadContext = await browser.newContext({ baseURL: relay.url, viewport: { width: 1366, height: 768 } });
    const reviewerContext = await browser.newContext({ baseURL: relay.url, viewport: { width: 1366, height: 768 } });
    const board = await createBoardByApi(leadContext.request, 'Oakfield · full of pictures', 'qa-review');
    const lead = await openOn(leadContext, board.invites.facilitator.url, 'Lee Lead');
    const reviewer = await openOn(reviewerContext, board.invites.reviewer.url, 'Rae Reviewer');
    const leadStage = await openCanvas(lead);
    const reviewerStage = await openCanvas(reviewer);

    const first = reviewer.waitForResponse((response) => response.url().endsWith('/assets') && response.request().method() === 'POST');
    const firstBytes = await dropPicture(reviewer, 'photo');
    expect((await first).status()).toBe(200);
    await expectPictureShown(leadStage);
    expect(firstBytes).toBeLessThan(quota);

    const second = reviewer.waitForResponse((response) => response.url().endsWith('/assets') && response.request().method() === 'POST');
    const secondBytes = await dropPicture(reviewer, 'photo');
    expect(firstBytes + secondBytes).toBeGreaterThan(quota);
    expect((await second).status()).toBe(413);
    const refusal = reviewer.getByRole('alert').filter({ hasText: 'The picture was not added to the board' });
    await expect(refusal).toContainText("The picture was not added to the board: This board's pictures already take");
    await expect(refusal).toContainText('of the 146.5 KB it may keep');
    await expect(refusal).toContainText('delete pictures from the canvas: their space is freed 14 days after they were last used');
    await expect(loadedPicture(leadStage)).toHaveCount(1);

    for (const [size, viewport] of [
      ['phone-390x844', { width: 390, height: 844 }],
      ['laptop-1366x768', { width: 1366, height: 768 }],
      ['projector-1920x1080', { width: 1920, height: 1080 }],
    ] as const) {
      await reviewer.setViewportSize(viewport);
      await refusal.scrollIntoViewIfNeeded();
      await reviewer.screenshot({ path: `${picturesShotsDir}/picture-over-quota-${size}.png` });
    }
    await expect(loadedPicture(reviewerStage)).toHaveCount(1);
    // tldraw keeps the shape of an upload that failed; it must not stay as an empty box on anyone's canvas.
    await expect(pictureShapes(reviewerStage)).toHaveCount(1);
    await expect(pictureShapes(leadStage)).toHaveCount(1);

    // Dropped offline, shown from the device's copy, then refused once the link is back: taken off everywhere.
    await refusal.getByRole('button', { name: 'Dismiss' }).click();
    await reviewerContext.setOffline(true);
    await dropPicture(reviewer, 'photo');
    await expect(reviewer.getByText('The picture shows on this device only for now')).toBeVisible();
    await expect(pictureShapes(reviewerStage)).toHaveCount(2);
    await expect(pictureShapes(leadStage)).toHaveCount(1);
    const later = reviewer.waitForResponse((response) => response.url().endsWith('/assets') && response.request().method() === 'POST');
    await reviewerContext.setOffline(false);
    expect((await later).status()).toBe(413);
    await expect(reviewer.getByRole('alert').filter({ hasText: 'A picture added while offline was not added to the board' })).toContainText('of the 146.5 KB it may keep');
    await expect(pictureShapes(reviewerStage)).toHaveCount(1);
    await expect(pictureShapes(leadStage)).toHaveCount(1);
    await expect(loadedPicture(leadStage)).toHaveCount(1);
    await leadContext.close();
    await reviewerContext.close();
  } finally {
    await relay.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
