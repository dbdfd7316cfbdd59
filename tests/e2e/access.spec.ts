import { createBoardByApi, deleteBoard, participants, removeParticipant, rotateInvites } from './support/api';
import { connectionStatus, joinAs } from './support/boardPages';
import { expect, snapshot, test } from './support/fixtures';

test('a broken invite link says so', async ({ page, request }) => {
  const board = await createBoardByApi(request, 'Broken link');
  await page.goto(`/b/${board.id}#invite=not-a-real-token`);
  await expect(page.getByRole('heading', { name: "This invite link doesn't work" })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible();
});

test('a replaced invite link says so', async ({ page, request }, testInfo) => {
  const board = await createBoardByApi(request, 'Replaced links');
  await rotateInvites(request, board);
  await page.goto(board.invites.reviewer.url);
  await expect(page.getByRole('heading', { name: 'This invite link was replaced' })).toBeVisible();
  await expect(page.getByText('Ask them for the new one')).toBeVisible();
  await snapshot(page, 'refused-link', (name) => testInfo.outputPath(name));
});

test('a removed reviewer is told at once, and a deleted board says so on the next visit', async ({ browser, baseURL, request }) => {
  const board = await createBoardByApi(request, 'Short-lived board');
  const facilitator = board.invites.facilitator.token;

  // Removed while the board is open: the relay closes the socket with 4403.
  const removedContext = await browser.newContext({ baseURL });
  const removed = await removedContext.newPage();
  await removed.goto(board.invites.reviewer.url);
  await joinAs(removed, 'Erin Walsh', 'Remote');
  await expect(connectionStatus(removed)).toHaveText(/All changes saved/);
  const erin = (await participants(request, board.id, facilitator)).find((p) => p.name === 'Erin Walsh');
  if (!erin) throw new Error('Erin did not join');
  await removeParticipant(request, board.id, erin.id, facilitator);
  await expect(removed.getByRole('heading', { name: 'You were removed from this board' })).toBeVisible();
  // The device forgot its membership: a reload asks for an invite link.
  await removed.reload();
  await expect(removed.getByRole('heading', { name: 'You need an invite link' })).toBeVisible();

  // Deleted while this person was away: the relay refuses the socket, and the client asks over HTTP why.
  const awayContext = await browser.newContext({ baseURL });
  const away = await awayContext.newPage();
  await away.goto(board.invites.observer.url);
  await joinAs(away, 'Farah Ali', 'In the room');
  await expect(connectionStatus(away)).toHaveText(/Connected/);
  await away.goto('/');
  await deleteBoard(request, board.id, facilitator);
  await away.goto(`/b/${board.id}`);
  await expect(away.getByRole('heading', { name: 'This board was deleted' })).toBeVisible();

});
