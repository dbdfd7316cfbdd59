import * as Y from 'yjs';
import { docName, type BoardDoc } from '@washup/shared/board';
import { sqliteFiles } from '../../server/src/storage/sqliteFiles';
import { SqliteStorage } from '../../server/src/storage/sqliteStorage';
import { applyStoredDoc } from '../../server/src/storage/storedDoc';
import { hostileWrites } from '../../shared/test/board/support/hostileRecords';
import { cardInput } from '../../shared/test/board/support/boards';
import { createBoardByApi } from './support/api';
import { connectionStatus, joinAs } from './support/boardPages';
import { enableDebugHandle } from './support/debugHandle';
import { expect, test } from './support/fixtures';

const projector = { width: 1920, height: 1080 };
const laptop = { width: 1366, height: 768 };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const notice = /^The board's settings, 1 heading, 2 cards, 1 theme, 2 report texts and 1 estimate could not be read and are not shown\.$/;

/** The part of the client's debug handle this spec uses: the open board's raw Yjs doc. */
interface RawDocWindow {
  washupDebug?: { connection: { board: Pick<BoardDoc, 'doc'> } };
}

test('a board stored with records that fail their schema opens, and says what it leaves out', async ({ browser, baseURL, relay, request }, testInfo) => {
  const board = await createBoardByApi(request, 'Riverside Academy · bricked before the check', 'spp-enquiry');
  // Written into the store while the relay is down, as a relay without the check would have stored them.
  await relay.pause();
  try {
    const storage = new SqliteStorage(sqliteFiles(relay.dataDir).database);
    const name = docName({ boardId: board.id, kind: 'board' });
    const stored = await storage.loadDoc(name);
    const doc = new Y.Doc();
    applyStoredDoc(doc, stored);
    const before = Y.encodeStateVector(doc);
    for (const hostile of hostileWrites) hostile.write(doc);
    await storage.appendUpdates([{ docName: name, update: Y.encodeStateAsUpdate(doc, before) }]);
    await storage.close();
  } finally {
    await relay.resume();
  }

  const context = await browser.newContext({ baseURL, viewport: projector });
  const hostContext = await browser.newContext({ baseURL, ...phone });
  const page = await context.newPage();
  const host = await hostContext.newPage();
  await page.goto(board.invites.facilitator.url);
  await joinAs(page, 'Lee Lead', 'In the room');
  await host.goto(board.invites.host.url);
  await joinAs(host, 'Hana Head', 'In the room');
  for (const device of [page, host]) {
    await expect(device.getByRole('main').getByText(notice)).toBeVisible();
    await expect(device.getByRole('main').getByRole('heading', { name: 'Looking outward' })).toBeVisible();
  }
  await page.screenshot({ path: testInfo.outputPath('unreadable-board-1920x1080.png') });
  await host.screenshot({ path: testInfo.outputPath('unreadable-board-390x844.png') });
  await page.setViewportSize(laptop);
  await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Report' }).click();
  await expect(page.getByText('Loading the board…')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('heading', { name: 'Looking outward' })).toBeVisible();
  await expect(page.getByRole('main').getByText(/^Review type unknown · /)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('unreadable-report-1366x768.png') });
});

test('a change the relay refuses stops this device syncing, says why, and reloading from the relay carries on', async ({ browser, baseURL, request }, testInfo) => {
  const board = await createBoardByApi(request, 'Riverside Academy · refused change', 'spp-enquiry');
  const context = await browser.newContext({ baseURL, viewport: laptop });
  const otherContext = await browser.newContext({ baseURL, ...phone });
  await enableDebugHandle(context);
  const page = await context.newPage();
  const other = await otherContext.newPage();
  await page.goto(board.invites.reviewer.url);
  await joinAs(page, 'Chloe Adeyemi', 'In the room');
  await expect(connectionStatus(page)).toHaveText(/All changes saved/);
  await other.goto(board.invites.reviewer.url);
  await joinAs(other, 'Omar Reviewer', 'In the room');

  await page.evaluate((card) => {
    const doc = (window as RawDocWindow).washupDebug?.connection.board.doc;
    if (!doc) throw new Error('the debug handle is off');
    doc.getArray('cards').push([{ key: card.id, val: { ...card, observation: 42 } }]);
  }, { ...cardInput(), id: 'forged', placement: null, privateLearning: false });
  await expect(page.getByRole('heading', { name: 'A change made here was refused' })).toBeVisible();
  await expect(page.getByText('The relay said: card forged fails its schema: observation')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('refused-change-1366x768.png') });
  // Everyone else goes on as before and never receives the refused card.
  await expect(connectionStatus(other)).toHaveText(/All changes saved/);
  await expect(other.getByRole('article', { name: /^Card: / })).toHaveCount(0);
  await expect(other.getByText('could not be read')).toHaveCount(0);

  await page.getByRole('button', { name: 'Reload the board from the relay' }).click();
  await expect(page.getByRole('main').getByRole('heading', { name: 'Looking outward' })).toBeVisible();
  await expect(connectionStatus(page)).toHaveText(/All changes saved/);
  await expect(page.getByText('could not be read')).toHaveCount(0);
});
