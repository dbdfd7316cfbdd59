import type { APIRequestContext, Page } from '@playwright/test';
import type { CreateBoardResponse } from '@washup/shared/api';
import type { Retention } from '@washup/shared/board';
import { captureCard, inboxCard } from './boardSteps';
import { createBoardByApi } from './support/api';
import { joinOnDevice, phone, projector } from './support/devices';
import { expect, snapshot, test } from './support/fixtures';

const laptop = { width: 1366, height: 768 };

/** The header's connection indicator (the header holds other status lines too). */
const connectionStatus = (page: Page) => page.locator('.board-header .connection-indicator');

/** The names of this device's IndexedDB databases that hold anything of the board. */
function boardDatabases(page: Page, boardId: string): Promise<string[]> {
  return page.evaluate(async (id) => (await indexedDB.databases()).flatMap((database) => (database.name?.includes(id) ? [database.name] : [])), boardId);
}

/** The addresses the service worker's caches keep that name the board. */
function cachedForBoard(page: Page, boardId: string): Promise<string[]> {
  return page.evaluate(async (id) => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls.filter((url) => url.includes(id));
  }, boardId);
}

/** A date as this browser shows it in the header: its own locale and time zone. */
function shownDate(page: Page, at: number): Promise<string> {
  return page.evaluate((ms) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(ms)), at);
}

/** The Lead Reviewer's call, through the real route, as any API client could make it. */
async function setRetentionByApi(request: APIRequestContext, board: CreateBoardResponse, retention: Retention | null): Promise<void> {
  const response = await request.put(`/api/boards/${board.id}/retention`, {
    headers: { authorization: `Bearer ${board.invites.facilitator.token}` },
    data: { retention },
  });
  if (response.status() !== 200) throw new Error(`setting the retention failed: ${response.status()} ${await response.text()}`);
}

test('the Lead Reviewer sets how long the board is kept, and every device shows when it goes', async ({ browser, baseURL, request }, testInfo) => {
  const shot = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Oakfield wash-up');
  const problems: string[] = [];
  const lead = await joinOnDevice(browser, baseURL!, board.invites.facilitator.url, 'Lee Morgan', { viewport: laptop }, { problems });
  const reviewer = await joinOnDevice(browser, baseURL!, board.invites.reviewer.url, 'Pat Quinn', { viewport: phone, mobile: true }, { problems });
  const note = (page: Page) => page.locator('.board-header .retention-note');
  await expect(connectionStatus(reviewer)).toHaveText(/All changes saved/);
  await expect(note(reviewer)).toHaveCount(0);

  await lead.getByRole('button', { name: 'People and links' }).click();
  const dialog = lead.getByRole('dialog', { name: 'People and links' });
  const section = dialog.getByRole('region', { name: 'How long the board is kept' });
  await expect(section).toContainText('Kept until the Lead Reviewer deletes it.');
  const form = section.getByRole('form', { name: 'Set how long the board is kept' });
  const choice = form.getByRole('combobox', { name: 'Delete the board' });
  await expect(choice).toHaveValue('none');

  // A period after the last change: the date is the relay's, ninety days from the setting.
  await choice.selectOption({ label: '90 days after its last change' });
  const setFrom = Date.now();
  await form.getByRole('button', { name: 'Save retention' }).click();
  await expect(form.getByRole('status')).toContainText('Saved');
  const earliest = await shownDate(reviewer, setFrom + 90 * 86_400_000);
  await expect(note(reviewer)).toContainText(`Kept until at least ${earliest}`);
  await expect(note(lead)).toContainText(`Kept until at least ${earliest}`);
  await expect(section).toContainText(`Deleted 90 days after its last change: on ${earliest} if nobody changes it before then`);
  await snapshot(reviewer, 'retention-90-days-390x844', shot);

  // A date: none given, or one already past, is refused here with a message.
  await choice.selectOption({ label: 'On a date' });
  const date = form.getByLabel('Date', { exact: true });
  await form.getByRole('button', { name: 'Save retention' }).click();
  await expect(form.getByRole('alert')).toContainText('Choose a date after today.');
  await date.fill('2020-01-01');
  await form.getByRole('button', { name: 'Save retention' }).click();
  await expect(form.getByRole('alert')).toContainText('Choose a date after today.');
  await expect(note(reviewer)).toContainText(`Kept until at least ${earliest}`);
  await date.fill('2031-07-31');
  await form.getByRole('button', { name: 'Save retention' }).click();
  await expect(form.getByRole('alert')).toHaveCount(0);
  const onDate = await shownDate(reviewer, new Date(2031, 6, 31).getTime());
  await expect(note(reviewer)).toHaveText(new RegExp(`^Kept until ${onDate}Retention: Deleted on ${onDate}`));
  await expect(reviewer.getByText(`Retention: Deleted on ${onDate}, for everyone and from every device.`)).toBeAttached();
  await expect(section).toContainText(`Deleted on ${onDate}, for everyone and from every device.`);
  await snapshot(lead, 'retention-dialog-1366x768', shot);
  await snapshot(reviewer, 'retention-date-390x844', shot);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await lead.setViewportSize(projector);
  await snapshot(lead, 'retention-header-1920x1080', shot);

  // Kept again until someone deletes it: the note goes on every device.
  await setRetentionByApi(request, board, null);
  await expect(note(reviewer)).toHaveCount(0);
  await expect(note(lead)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a board whose retention ran out is wiped from a device that had it open and from one that opens it again', async ({ browser, baseURL, request }, testInfo) => {
  const shot = (name: string) => testInfo.outputPath(name);
  const title = 'Hillside wash-up';
  const board = await createBoardByApi(request, title);
  const observation = 'Pupils in Year 6 lead their own learning conversations';
  const lead = await joinOnDevice(browser, baseURL!, board.invites.facilitator.url, 'Lee Morgan', { viewport: laptop });
  const reviewer = await joinOnDevice(browser, baseURL!, board.invites.reviewer.url, 'Pat Quinn', { viewport: phone, mobile: true });
  await lead.getByRole('button', { name: 'Add evidence' }).click();
  await captureCard(lead, observation, { activity: 'lesson visit', stakeholder: 'pupils' });
  await expect(inboxCard(lead, observation)).toBeVisible();
  await expect(connectionStatus(lead)).toHaveText(/All changes saved/);
  await expect(reviewer.getByText(observation)).toBeVisible();
  await expect(connectionStatus(reviewer)).toHaveText(/All changes saved/);
  expect(await boardDatabases(reviewer, board.id)).not.toEqual([]);

  // The reviewer leaves for the start page; the board stays on the device.
  await reviewer.goto('/');
  const recent = reviewer.getByRole('region', { name: 'Your boards on this device' });
  await expect(recent).toContainText(title);
  expect(await boardDatabases(reviewer, board.id)).not.toEqual([]);

  // Its date passes (set in the past through the real route): the relay deletes it at once.
  await setRetentionByApi(request, board, { kind: 'onDate', purgeAt: Date.now() - 86_400_000 });

  // The Lead's device, connected, is told and wipes its copy, as for a deletion; its start page says so.
  await expect(lead.getByRole('heading', { name: 'This board was deleted' })).toBeVisible();
  await expect(lead.getByText('or the retention period they set for it ran out')).toBeVisible();
  await expect.poll(() => boardDatabases(lead, board.id)).toEqual([]);
  await snapshot(lead, 'purged-while-open-1366x768', shot);
  await lead.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(lead.getByRole('status').filter({ hasText: 'Board deleted' })).toContainText(title);

  // The reviewer opens it again from the start page: the device wipes its copy at once and says why.
  await recent.getByRole('listitem').filter({ hasText: title }).getByRole('link', { name: 'Open' }).click();
  await expect(reviewer.getByRole('heading', { name: 'This board was deleted' })).toBeVisible();
  await expect.poll(() => boardDatabases(reviewer, board.id)).toEqual([]);
  expect(await cachedForBoard(reviewer, board.id)).toEqual([]);
  await snapshot(reviewer, 'purged-opened-again-390x844', shot);
  await reviewer.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(reviewer.getByRole('status').filter({ hasText: 'Board deleted' })).toContainText(title);
  await expect(reviewer.getByRole('region', { name: 'Your boards on this device' })).toHaveCount(0);
  await snapshot(reviewer, 'start-page-after-purge-390x844', shot);
  expect(await boardDatabases(reviewer, board.id)).toEqual([]);
});
