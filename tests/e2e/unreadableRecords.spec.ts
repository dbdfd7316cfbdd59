import * as Y from 'yjs';
import { docName, type BoardDoc } from '@washup/shared';
import { sqliteFiles } from '../../server/src/storage/sqliteFiles';
import { SqliteStorage } from '../../server/src/storage/sqliteStorage';
import { hostileWrites } from '../../shared/test/board/support/hostileRecords';
import { cardInput } from '../../shared/test/board/support/boards';
import { createBoardByApi } from './support/api';
import { connectionStatus, joinAs } from './support/boardPages';
import { enableDebugHandle } from './support/debugHandle';
import { expect, test } from './support/fixtures';

/** The part of the client's debug handle this spec uses: the open board's raw Yjs doc. */
interface RawDocWindow {
  washupDebug?: { connection: { board: Pick<BoardDoc, 'doc'> } };
}

test('a board stored with records that fail their schema opens, and says what it leaves out', async ({ browser, baseURL, relay, request }) => {
  const board = await createBoardByApi(request, 'Riverside Academy · bricked before the check', 'spp-enquiry');
  // Written into the store while the relay is down, as a relay without the check would have stored them.
  await relay.pause();
  try {
    const storage = new SqliteStorage(sqliteFiles(relay.dataDir).database);
    const name = docName({ boardId: board.id, kind: 'board' });
    const stored = await storage.loadDoc(name);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdateV2(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    const before = Y.encodeStateVector(doc);
    for (const hostile of hostileWrites) hostile.write(doc);
    await storage.appendUpdates([{ docName: name, update: Y.encodeStateAsUpdate(doc, before) }]);
    await storage.close();
  } finally {
    await relay.resume();
  }

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(board.invites.facilitator.url);
  await joinAs(page, 'Lee Lead', 'In the room');
  await expect(page.getByRole('main').getByText(/^The board's settings, 1 heading, 2 cards and 1 theme could not be read and are not shown\.$/)).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { name: 'Looking outward' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Report' }).click();
  await expect(page.getByText('Loading the board…')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('heading', { name: 'Looking outward' })).toBeVisible();
  await context.close();
});

test('a change the relay refuses stops this device syncing, says why, and reloading from the relay carries on', async ({ browser, baseURL, request }) => {
  const board = await createBoardByApi(request, 'Riverside Academy · refused change', 'spp-enquiry');
  const context = await browser.newContext({ baseURL });
  await enableDebugHandle(context);
  const page = await context.newPage();
  await page.goto(board.invites.reviewer.url);
  await joinAs(page, 'Chloe Adeyemi', 'In the room');
  await expect(connectionStatus(page)).toHaveText(/All changes saved/);

  await page.evaluate((card) => {
    const doc = (window as RawDocWindow).washupDebug?.connection.board.doc;
    if (!doc) throw new Error('the debug handle is off');
    doc.getArray('cards').push([{ key: card.id, val: { ...card, observation: 42 } }]);
  }, { ...cardInput(), id: 'forged', placement: null, privateLearning: false });
  await expect(page.getByRole('heading', { name: 'A change made here was refused' })).toBeVisible();
  await expect(page.getByText('The relay said: card forged fails its schema: observation')).toBeVisible();

  await page.getByRole('button', { name: 'Reload the board from the relay' }).click();
  await expect(page.getByRole('main').getByRole('heading', { name: 'Looking outward' })).toBeVisible();
  await expect(connectionStatus(page)).toHaveText(/All changes saved/);
  await expect(page.getByText('could not be read')).toHaveCount(0);
  await context.close();
});
