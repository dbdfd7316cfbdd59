import type { Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { joinAs } from './support/boardPages';
import { expect, snapshot, test } from './support/fixtures';
import { captureCard, inboxCard } from './boardSteps';

const projector = { width: 1920, height: 1080 };
const laptop = { width: 1366, height: 768 };
const phone = { width: 390, height: 844 };

/**
 * A device whose browser has no data for the report's time zone (older tablets ship without full
 * time-zone data): `Intl.DateTimeFormat` throws a RangeError for `Europe/London`, as such a browser
 * does, and the report cannot be drawn there. Nothing else on the board needs that zone.
 */
function withoutLondonTimeZone(): void {
  const refuse = (args: unknown[]) => {
    const options = args[1] as Intl.DateTimeFormatOptions | undefined;
    if (options?.timeZone === 'Europe/London') throw new RangeError('Invalid time zone specified: Europe/London');
  };
  Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
    construct(target, args, newTarget) {
      refuse(args);
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, thisArg, args) {
      refuse(args);
      return Reflect.apply(target, thisArg, args) as unknown;
    },
  });
}

function openView(page: Page, label: string) {
  return page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: label }).click();
}

test('a view that fails on one device says so there, keeps the rest of the board working, and no other device notices', async ({ browser, baseURL, request }, testInfo) => {
  const shot = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Hillside Academy · QA Review');
  const tabletContext = await browser.newContext({ baseURL, viewport: laptop });
  await tabletContext.addInitScript(withoutLondonTimeZone);
  const phoneContext = await browser.newContext({ baseURL, viewport: phone, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  await phoneContext.addInitScript(withoutLondonTimeZone);
  const projectorContext = await browser.newContext({ baseURL, viewport: projector });
  const failing = await tabletContext.newPage();
  const failingPhone = await phoneContext.newPage();
  const working = await projectorContext.newPage();

  await working.goto(board.invites.facilitator.url);
  await joinAs(working, 'Lee Morgan', 'In the room');
  await failing.goto(board.invites.reviewer.url);
  await joinAs(failing, 'Rae Reviewer', 'In the room');
  await failingPhone.goto(board.invites.reviewer.url);
  await joinAs(failingPhone, 'Ben Okafor', 'Remote');

  // The report cannot be drawn on the devices without the time zone: the view says so, in its place.
  for (const page of [failing, failingPhone]) {
    await openView(page, 'Report');
    const alert = page.getByRole('alert').filter({ hasText: 'The Report view stopped working' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Cards and changes already added are kept');
    // The frame around the view is intact: the header, the tabs and the people.
    await expect(page.getByRole('banner')).toContainText('Hillside Academy · QA Review');
    await expect(page.getByRole('complementary', { name: 'People' })).toContainText('Lee Morgan');
  }
  await snapshot(failing, 'view-failed-1366x768', shot);
  await snapshot(failingPhone, 'view-failed-390x844', shot);

  // Trying again draws the view again; the fault is still there, so it fails again, and says so again.
  await failing.getByRole('button', { name: 'Try again' }).click();
  await expect(failing.getByRole('alert').filter({ hasText: 'The Report view stopped working' })).toBeVisible();

  // The other views work on the same device: a card captured there reaches the board.
  const observation = 'Pupils explained their reading choices with confidence';
  await openView(failing, 'Capture');
  await expect(failing.getByRole('alert').filter({ hasText: 'stopped working' })).toHaveCount(0);
  await captureCard(failing, observation, { activity: 'focus group', stakeholder: 'pupils', site: 'Main site' });
  await openView(failing, 'Board');
  await expect(inboxCard(failing, observation)).toBeVisible();

  // The device with the time zone sees the report, and the card captured on the failing device.
  await openView(working, 'Report');
  await expect(working.getByRole('alert').filter({ hasText: 'stopped working' })).toHaveCount(0);
  await expect(working.getByRole('heading', { level: 2, name: 'Hillside Academy · QA Review' })).toBeVisible();
  await openView(working, 'Board');
  await expect(inboxCard(working, observation)).toBeVisible();
  await snapshot(working, 'view-working-1920x1080', shot);

  await Promise.all([tabletContext.close(), phoneContext.close(), projectorContext.close()]);
});
