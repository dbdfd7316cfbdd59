import type { JoinResponse } from '@washup/shared/api';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { createBoardByApi } from './support/api';
import { writeBoardDoc } from './support/boardDocWriter';
import { joinOnDevice } from './support/devices';
import { expect, snapshot, test } from './support/fixtures';
import { addEvidence, evidence } from './boardEvidence';
import { inboxCard } from './boardSteps';

const schoolLaptop = { viewport: { width: 1366, height: 768 } };
const phone = { viewport: { width: 390, height: 844 }, mobile: true };

test("the Lead Reviewer brings back every card a reviewer's raw update deleted, and both devices show them again", async ({ browser, request, relay }, testInfo) => {
  const shot = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Hillside Primary · wash-up');
  // A reviewer may delete only cards they wrote (the relay refuses the rest: server/test/cardDeletion.test.ts), so Wes writes them.
  const joined = await request.post(`/api/boards/${board.id}/join`, { headers: { authorization: `Bearer ${board.invites.reviewer.token}` }, data: { name: 'Wes Wiper' } });
  const wiper = (await joined.json()) as JoinResponse;
  await writeBoardDoc(relay.url, board.id, wiper.token, (doc) => addEvidence(doc, () => ({ kind: 'inbox' }), { id: wiper.participantId, name: wiper.name }));
  const problems: string[] = [];
  const lead = await joinOnDevice(browser, relay.url, board.invites.facilitator.url, 'Lena Lead', schoolLaptop, { problems });
  const reviewer = await joinOnDevice(browser, relay.url, board.invites.reviewer.url, 'Rae Reviewer', phone, { problems });
  for (const page of [lead, reviewer]) for (const card of evidence) await expect(inboxCard(page, card.observation)).toBeVisible();

  // A reviewer deletes every card in one raw Yjs update, past the app.
  const socket = new RawSyncClient(`${relay.url.replace(/^http/, 'ws')}/sync/${board.id}`, wiper.token, { protocols: [wiper.token] });
  await socket.synced;
  const cards = socket.doc.getArray('cards');
  expect(cards.length).toBe(evidence.length);
  socket.doc.transact(() => cards.delete(0, cards.length));
  await socket.requestAck().acked;
  socket.close();
  for (const page of [lead, reviewer]) await expect(page.getByRole('region', { name: 'Inbox' }).getByRole('article')).toHaveCount(0);
  await snapshot(reviewer, 'cards-wiped-390x844', shot);

  // Only the Lead Reviewer has Board history.
  await expect(reviewer.getByRole('button', { name: 'Board history' })).toHaveCount(0);
  await lead.getByRole('button', { name: 'Board history' }).click();
  const dialog = lead.getByRole('dialog', { name: 'Board history' });
  const beforeWipe = dialog.getByRole('listitem').filter({ hasText: 'Before 4 cards were removed by Wes Wiper (Peer reviewer)' });
  await expect(beforeWipe).toBeVisible();
  await expect(beforeWipe).toContainText('holds');
  await beforeWipe.getByRole('button', { name: 'Preview' }).click();
  const preview = dialog.getByRole('region', { name: /^Preview:/ });
  await expect(preview).toContainText('would bring back 4 cards');
  for (const card of evidence) await expect(preview.getByRole('listitem').filter({ hasText: card.observation })).toBeVisible();
  await snapshot(lead, 'history-preview-1366x768', shot);

  // One card on its own first.
  const firstCard = evidence[0].observation;
  await preview.getByRole('listitem').filter({ hasText: firstCard }).getByRole('button', { name: 'Restore this card' }).click();
  await expect(inboxCard(reviewer, firstCard)).toBeVisible();
  await expect(preview).toContainText('would bring back 3 cards');

  // Then the whole board, after typing the confirmation.
  await preview.getByRole('button', { name: 'Restore the board to this point…' }).click();
  const confirm = preview.getByRole('button', { name: 'Restore the board to this point' });
  await expect(confirm).toBeDisabled();
  await preview.getByRole('textbox', { name: /Type restore/ }).fill('restore');
  await snapshot(lead, 'history-confirm-1366x768', shot);
  await confirm.click();
  await expect(preview.getByRole('status').filter({ hasText: 'The board is back to' })).toContainText('3 cards back');
  await snapshot(lead, 'history-restored-1366x768', shot);
  await dialog.getByRole('button', { name: 'Close' }).click();

  for (const page of [lead, reviewer]) for (const card of evidence) await expect(inboxCard(page, card.observation)).toBeVisible();
  await expect(reviewer.getByRole('region', { name: 'Inbox' }).getByRole('article')).toHaveCount(evidence.length);
  await snapshot(reviewer, 'cards-back-390x844', shot);
  await snapshot(lead, 'cards-back-1366x768', shot);
  expect(problems).toEqual([]);
});
