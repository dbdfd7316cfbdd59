import { statSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { addCard, boardView, editCard, type BoardDoc } from '@washup/shared/board';
import { cardShapeId } from '@washup/shared/canvas';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { createBoardByApi } from './support/api';
import { joinAs } from './support/boardPages';
import { writeBoardDoc } from './support/boardDocWriter';
import { expect, test } from './support/fixtures';
import { lane } from './boardSteps';

const heading = 'Leadership at all levels';
const strengths = 'What went well';
const shotsDir = '/tmp/canvas-shots';
const viewShotsDir = '/tmp/canvasperf-shots';
/** A card's words are readable from this size on screen (px): on a phone in the hand, or on a projector across a room. */
const readablePixels = 10;

const cardInput = (observation: string) => ({
  observation,
  activity: 'lesson visit' as const,
  keyQuestionIds: [],
  valence: 'strength' as const,
  counterEvidence: false,
  authorId: 'seed-author',
  authorName: 'Sam Seed',
  capturedAt: Date.now(),
});

/** Everything a page asks of anything but this machine: the canvas must ask nothing of tldraw's CDN or anyone else. */
function watchForeignRequests(context: BrowserContext, foreign: string[]): void {
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) foreign.push(request.url());
  });
}

/** Content-Security-Policy violations the page reports. */
async function watchPolicy(page: Page, violations: string[]): Promise<void> {
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|evaluate|connect|apply)/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
  });
}

/** The header's save status (the header has other live regions beside it). */
const saveStatus = (page: Page) => page.getByRole('banner').getByRole('status').and(page.locator('.connection-indicator'));

async function openOn(context: BrowserContext, url: string, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await joinAs(page, name, 'In the room');
  return page;
}

async function openCanvas(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Canvas' }).click();
  const stage = page.getByTestId('canvas-stage');
  await expect(stage.locator('.tl-canvas')).toBeVisible({ timeout: 20_000 });
  return stage;
}

const cardShape = (stage: Locator, cardId: string) => stage.locator(`.tl-shape[data-shape-type="washup-card"]:has([data-card-id="${cardId}"])`);
const laneFrame = (stage: Locator, name: string) => stage.locator('.tl-shape[data-shape-type="frame"]').filter({ hasText: name });

/** The on-screen size (px) of a card shape's words: their font size times the canvas's zoom. */
function cardTextPixels(shape: Locator): Promise<number> {
  return shape.locator('.canvas-card__observation').evaluate((text) => {
    const element = text as HTMLElement;
    const zoom = element.getBoundingClientRect().width / element.offsetWidth;
    return Number.parseFloat(getComputedStyle(element).fontSize) * zoom;
  });
}

/** Where a shape is drawn, from the canvas's top-left corner. */
async function placeOnStage(stage: Locator, shape: Locator): Promise<{ x: number; y: number }> {
  const [stageBox, shapeBox] = [await stage.boundingBox(), await shape.boundingBox()];
  if (!stageBox || !shapeBox) throw new Error('the shape is not on screen');
  return { x: shapeBox.x - stageBox.x, y: shapeBox.y - stageBox.y };
}

/** A real mouse drag of a shape on the canvas, in small steps as a hand moves. */
async function dragOnCanvas(page: Page, shape: Locator, target: Locator): Promise<void> {
  const from = await shape.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('the shape or its target is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await page.mouse.up();
}

test('a card dragged into a heading frame on the canvas is under that heading on the board view, and no request leaves the machine', async ({ browser, baseURL, request, relay }) => {
  const board = await createBoardByApi(request, 'Oakfield · canvas', 'qa-review');
  let cardId = '';
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc: BoardDoc) => {
    cardId = addCard(doc, cardInput('Pupils lead the assembly')).id;
    addCard(doc, cardInput('Books show careful marking'));
  });
  const foreign: string[] = [];
  const violations: string[] = [];
  const reviewerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const leadContext = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 } });
  for (const context of [reviewerContext, leadContext]) watchForeignRequests(context, foreign);
  const reviewer = await openOn(reviewerContext, board.invites.reviewer.url, 'Rae Reviewer');
  await watchPolicy(reviewer, violations);
  const lead = await openOn(leadContext, board.invites.facilitator.url, 'Lee Lead');

  const stage = await openCanvas(reviewer);
  const shape = cardShape(stage, cardId);
  await expect(shape).toBeVisible();
  const frame = laneFrame(stage, `${heading} · ${strengths}`);
  await expect(frame).toBeVisible();
  await reviewer.screenshot({ path: `${shotsDir}/laptop-1366x768.png` });

  await dragOnCanvas(reviewer, shape, frame);
  await expect(lane(lead, heading, strengths).getByRole('article', { name: 'Card: Pupils lead the assembly' })).toBeVisible();

  // Anyone can take the canvas away as a picture, made in the browser.
  for (const format of ['PNG', 'SVG'] as const) {
    const download = reviewer.waitForEvent('download');
    await reviewer.getByRole('button', { name: `Download ${format}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`oakfield-canvas-canvas.${format.toLowerCase()}`);
    expect(statSync(await file.path()).size).toBeGreaterThan(1_000);
  }
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

test("an edit of a card on the board view shows on the canvas, and the Lead Reviewer sees the reviewer's pointer by name", async ({ browser, baseURL, request, relay }) => {
  const board = await createBoardByApi(request, 'Oakfield · edits', 'qa-review');
  let cardId = '';
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc: BoardDoc) => {
    const headingId = boardView(doc).headings[0]?.heading.id ?? '';
    cardId = addCard(doc, cardInput('Pupils lead the assembly'), { kind: 'lane', headingId, lane: 'strengths' }).id;
  });
  const reviewerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const leadContext = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 } });
  const reviewer = await openOn(reviewerContext, board.invites.reviewer.url, 'Rae Reviewer');
  const lead = await openOn(leadContext, board.invites.facilitator.url, 'Lee Lead');
  const stage = await openCanvas(reviewer);
  const shape = cardShape(stage, cardId);
  await expect(shape).toContainText('Pupils lead the assembly');

  const tile = lane(lead, heading, strengths).getByRole('article', { name: 'Card: Pupils lead the assembly' });
  const more = tile.getByRole('button', { name: /^Show all of/ });
  if (await more.isVisible()) await more.click();
  await tile.getByRole('button', { name: /^Edit/ }).click();
  await lead.getByRole('textbox', { name: 'Observation' }).fill('Pupils lead the whole assembly');
  await lead.getByRole('button', { name: 'Save changes' }).click();
  await expect(shape).toContainText('Pupils lead the whole assembly');

  const leadStage = await openCanvas(lead);
  await expect(cardShape(leadStage, cardId)).toContainText('Pupils lead the whole assembly');
  const box = await stage.boundingBox();
  if (!box) throw new Error('no canvas on screen');
  await reviewer.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await expect(leadStage.getByText('Rae Reviewer', { exact: true })).toBeVisible();
  await lead.screenshot({ path: `${shotsDir}/projector-1920x1080.png` });
});

test('an observer cannot move a shape, and the relay refuses their crafted canvas write', async ({ browser, baseURL, request, relay }) => {
  const board = await createBoardByApi(request, 'Oakfield · observed', 'qa-review');
  let cardId = '';
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc: BoardDoc) => {
    cardId = addCard(doc, cardInput('Calm corridors at lunch')).id;
  });
  // A reviewer opens the canvas first, so the card has its shape.
  const reviewerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const reviewer = await openOn(reviewerContext, board.invites.reviewer.url, 'Rae Reviewer');
  await expect(cardShape(await openCanvas(reviewer), cardId)).toBeVisible();

  const observerContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const observer = await openOn(observerContext, board.invites.observer.url, 'Olu Observer');
  const stage = await openCanvas(observer);
  await expect(stage).toHaveAttribute('data-readonly', 'true');
  const shape = cardShape(stage, cardId);
  await expect(shape).toBeVisible();
  await observer.screenshot({ path: `${shotsDir}/phone-390x844.png` });
  // A phone opens on the headings at a readable size; zoomed out, the card and the frame are both in reach.
  await observer.getByRole('button', { name: 'Zoom to fit' }).click();
  const frame = laneFrame(stage, `${heading} · ${strengths}`);
  await expect(frame).toBeVisible();
  await expect.poll(async () => (await shape.boundingBox())?.width ?? 0).toBeLessThan(220);
  const before = await shape.boundingBox();
  await dragOnCanvas(observer, shape, frame);
  expect(await shape.boundingBox()).toEqual(before);
  // Nor did the reviewer's canvas see the shape move.
  await expect(cardShape(reviewer.getByTestId('canvas-stage'), cardId)).toBeVisible();

  // A hand-made write to the canvas on the observer's link: the relay closes the socket (4405) and never applies it.
  const crafted = new RawSyncClient(`${relay.url.replace(/^http/, 'ws')}/sync/${board.id}`, board.invites.observer.token);
  await crafted.synced;
  const records = crafted.doc.getArray<unknown>('canvas');
  crafted.doc.transact(() => {
    records.push([{ key: cardShapeId(cardId), val: { record: { id: cardShapeId(cardId), typeName: 'shape', type: 'washup-card', x: 9999, y: 9999, props: { cardId, w: 220, h: 132 } } } }]);
  });
  const closed = await crafted.closed;
  expect(closed.code).toBe(4405);
  const check = new RawSyncClient(`${relay.url.replace(/^http/, 'ws')}/sync/${board.id}`, board.invites.reviewer.token);
  await check.synced;
  const stored = check.doc.getArray<{ key: string; val: { record: { x: number } } }>('canvas').toArray().find((entry) => entry.key === cardShapeId(cardId));
  expect(stored?.val.record.x).not.toBe(9999);
  check.close();
});

test('the Lead Reviewer locks the canvas: it turns read-only for a reviewer until it is unlocked', async ({ browser, baseURL, request }) => {
  const board = await createBoardByApi(request, 'Oakfield · locked', 'qa-review');
  const leadContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const reviewerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const lead = await openOn(leadContext, board.invites.facilitator.url, 'Lee Lead');
  const reviewer = await openOn(reviewerContext, board.invites.reviewer.url, 'Rae Reviewer');
  await openCanvas(lead);
  const stage = await openCanvas(reviewer);
  await expect(stage).toHaveAttribute('data-readonly', 'false');

  await lead.getByRole('button', { name: 'Lock the canvas' }).click();
  await expect(reviewer.getByText('The Lead Reviewer has locked the canvas.')).toBeVisible();
  await expect(stage).toHaveAttribute('data-readonly', 'true');
  await expect(lead.getByTestId('canvas-stage')).toHaveAttribute('data-readonly', 'false');

  await lead.getByRole('button', { name: 'Unlock the canvas' }).click();
  await expect(stage).toHaveAttribute('data-readonly', 'false');
});

test('canvas edits made offline sync on reconnect', async ({ browser, baseURL, request, relay }) => {
  const board = await createBoardByApi(request, 'Oakfield · offline', 'qa-review');
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc: BoardDoc) => {
    editCard(doc, addCard(doc, cardInput('Reading corner busy')).id, { site: 'Main site' });
  });
  const walkerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const deskContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const walker = await openOn(walkerContext, board.invites.reviewer.url, 'Wren Walker');
  const desk = await openOn(deskContext, board.invites.reviewer.url, 'Dee Desk');
  const walkerStage = await openCanvas(walker);
  const deskStage = await openCanvas(desk);
  await expect(saveStatus(walker)).toHaveText(/All changes saved/);

  await walkerContext.setOffline(true);
  await expect(saveStatus(walker)).toHaveText(/Offline/);
  // A sticky note, by keyboard tool and a click on empty canvas.
  const box = await walkerStage.boundingBox();
  if (!box) throw new Error('no canvas on screen');
  await walker.keyboard.press('n');
  await walker.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.7);
  await walker.keyboard.type('Ask about the reading scheme');
  await walker.keyboard.press('Escape');
  await expect(walkerStage.locator('.tl-shape[data-shape-type="note"]')).toContainText('Ask about the reading scheme');
  await expect(saveStatus(walker)).toHaveText(/unsaved/);
  await expect(deskStage.locator('.tl-shape[data-shape-type="note"]')).toHaveCount(0);

  await walkerContext.setOffline(false);
  await expect(saveStatus(walker)).toHaveText(/All changes saved/, { timeout: 20_000 });
  await expect(deskStage.locator('.tl-shape[data-shape-type="note"]')).toContainText('Ask about the reading scheme');
});

test("the canvas opens at the headings at a readable size, each device keeps its own view, and it zooms to fit and back by keyboard", async ({ browser, baseURL, request, relay }) => {
  const board = await createBoardByApi(request, 'Oakfield · first view', 'qa-review');
  let placedId = '';
  let inboxId = '';
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc: BoardDoc) => {
    const headingId = boardView(doc).headings[0]?.heading.id ?? '';
    placedId = addCard(doc, cardInput('Pupils lead the assembly'), { kind: 'lane', headingId, lane: 'strengths' }).id;
    inboxId = addCard(doc, cardInput('Books show careful marking')).id;
  });
  const reviewerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const leadContext = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 } });
  const reviewer = await openOn(reviewerContext, board.invites.reviewer.url, 'Rae Reviewer');
  const lead = await openOn(leadContext, board.invites.facilitator.url, 'Lee Lead');
  const stage = await openCanvas(reviewer);
  const leadStage = await openCanvas(lead);

  // Both devices open on the heading frames with the inbox beside them, words readable.
  for (const [page, onStage, size] of [[reviewer, stage, 'laptop-1366x768'], [lead, leadStage, 'projector-1920x1080']] as const) {
    await expect(cardShape(onStage, placedId)).toBeVisible();
    await expect(cardShape(onStage, inboxId)).toBeVisible();
    await expect(laneFrame(onStage, `${heading} · ${strengths}`)).toBeVisible();
    expect(await cardTextPixels(cardShape(onStage, placedId))).toBeGreaterThanOrEqual(readablePixels);
    await page.screenshot({ path: `${viewShotsDir}/first-view-${size}.png` });
  }
  const leadView = await cardShape(leadStage, placedId).boundingBox();

  // The reviewer pans; the camera is kept on this device, and a reload opens where it was left.
  const box = await stage.boundingBox();
  if (!box) throw new Error('no canvas on screen');
  await reviewer.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const storageKey = `washup:canvas-camera:${board.id}`;
  const storedCamera = () => reviewer.evaluate((key) => window.localStorage.getItem(key), storageKey);
  const cameraBefore = await storedCamera();
  await reviewer.mouse.wheel(120, 80);
  await expect.poll(storedCamera).not.toBe(cameraBefore);
  const panned = await placeOnStage(stage, cardShape(stage, placedId));
  await reviewer.reload();
  await expect(cardShape(stage, placedId)).toBeVisible({ timeout: 20_000 });
  const reopened = await placeOnStage(stage, cardShape(stage, placedId));
  expect(Math.abs(reopened.x - panned.x), `${JSON.stringify(reopened)} against ${JSON.stringify(panned)}`).toBeLessThan(2);
  expect(Math.abs(reopened.y - panned.y), `${JSON.stringify(reopened)} against ${JSON.stringify(panned)}`).toBeLessThan(2);
  // The Lead Reviewer's view is their own.
  expect(await cardShape(leadStage, placedId).boundingBox()).toEqual(leadView);

  // By keyboard: everything at once, then back to the headings at a readable size.
  await reviewer.getByRole('button', { name: 'Zoom to fit' }).focus();
  await reviewer.keyboard.press('Enter');
  await expect.poll(() => cardTextPixels(cardShape(stage, placedId))).toBeLessThan(readablePixels);
  await reviewer.keyboard.press('Shift+Tab');
  await expect(reviewer.getByRole('button', { name: 'Back to headings' })).toBeFocused();
  await reviewer.keyboard.press('Enter');
  await expect.poll(() => cardTextPixels(cardShape(stage, placedId))).toBeGreaterThanOrEqual(readablePixels);
});

test('on a phone the canvas fills the screen under the header, readable, with its tools in reach', async ({ browser, baseURL, request, relay }) => {
  const board = await createBoardByApi(request, 'Oakfield · phone canvas', 'qa-review');
  let cardId = '';
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc: BoardDoc) => {
    const headingId = boardView(doc).headings[0]?.heading.id ?? '';
    cardId = addCard(doc, cardInput('Pupils lead the assembly'), { kind: 'lane', headingId, lane: 'strengths' }).id;
  });
  const phoneContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const laptopContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const phone = await openOn(phoneContext, board.invites.reviewer.url, 'Pat Phone');
  const laptop = await openOn(laptopContext, board.invites.reviewer.url, 'Lou Laptop');
  const stage = await openCanvas(phone);
  const laptopStage = await openCanvas(laptop);
  await expect(cardShape(stage, cardId)).toBeVisible();
  await phone.screenshot({ path: `${viewShotsDir}/phone-390x844.png` });

  // No scrolling to reach it: the stage starts on the first screen and takes the rest of it, down to its bottom edge.
  expect(await phone.evaluate(() => window.scrollY)).toBe(0);
  const box = await stage.boundingBox();
  if (!box) throw new Error('no canvas on screen');
  expect(box.y).toBeGreaterThan(0);
  expect(box.y).toBeLessThan(844 / 2);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  expect(box.y + box.height).toBeGreaterThan(844 - 16);
  expect(await cardTextPixels(cardShape(stage, cardId))).toBeGreaterThanOrEqual(readablePixels);

  // The tools are in reach: a tap on the text tool and one on the canvas make words the laptop sees.
  await stage.getByTestId('tools.text').tap();
  await phone.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height * 0.45);
  await phone.keyboard.type('Ask about the reading scheme');
  await phone.keyboard.press('Escape');
  await expect(laptopStage.locator('.tl-shape[data-shape-type="text"]')).toContainText('Ask about the reading scheme');
});

test('a shape tldraw refuses is left out and named on every device, and the canvas shows the rest', async ({ browser, baseURL, request, relay }) => {
  const board = await createBoardByApi(request, 'Oakfield · unreadable shape', 'qa-review');
  const writerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const writer = await openOn(writerContext, board.invites.reviewer.url, 'Wes Writer');
  const writerStage = await openCanvas(writer);
  const box = await writerStage.boundingBox();
  if (!box) throw new Error('no canvas on screen');
  await writer.keyboard.press('n');
  await writer.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.7);
  await writer.keyboard.type('Ask about the reading scheme');
  await writer.keyboard.press('Escape');
  await expect(saveStatus(writer)).toHaveText(/All changes saved/);

  // Another device's copies of that note: one tldraw accepts, and one whose fractional index ends in 0, which tldraw refuses (the relay stores it: its shape is fine).
  type Stored = { key: string; val: { record: Record<string, unknown> } };
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc: BoardDoc) => {
    const records = doc.doc.getArray<Stored>('canvas');
    const note = records.toArray().find((entry) => entry.val.record['type'] === 'note');
    if (!note) throw new Error('the note is not stored');
    const copy = (id: string, index: string): Stored => ({ key: id, val: { record: { ...note.val.record, id, index, y: Number(note.val.record['y']) + 240 } } });
    records.push([copy('shape:copy-read', 'a2V'), copy('shape:copy-refused', 'as0')]);
  });
  const notice = 'One shape on the canvas could not be read and is not shown.';
  await expect(writer.getByText(notice)).toBeVisible();
  await expect(writerStage.locator('.tl-shape[data-shape-type="note"]')).toHaveCount(2);

  const readerContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const reader = await openOn(readerContext, board.invites.reviewer.url, 'Rae Reader');
  const readerStage = await openCanvas(reader);
  await expect(reader.getByText(notice)).toBeVisible();
  await expect(readerStage.locator('.tl-shape[data-shape-type="note"]')).toHaveCount(2);
  await expect(readerStage.locator('.tl-shape[data-shape-type="note"]').first()).toContainText('Ask about the reading scheme');
  await reader.screenshot({ path: `${viewShotsDir}/refused-shape-1366x768.png` });
});
