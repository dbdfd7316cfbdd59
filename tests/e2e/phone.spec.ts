import type { Page } from '@playwright/test';
import { createThemeFromCards } from '@washup/shared/board';
import { createBoardByApi } from './support/api';
import { addEvidence, laneTarget } from './boardEvidence';
import { writeBoardDoc } from './support/boardDocWriter';
import { connectionStatus } from './support/boardPages';
import { joinOnDevice, phone, projectorAt150 } from './support/devices';
import { expect, snapshot, test } from './support/fixtures';

const laptop = { width: 1366, height: 768 };
const projector = { width: 1920, height: 1080 };

/** How far the page (header included) can scroll sideways: 0 when everything fits the screen's width. */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The innermost elements that reach past the right edge of the screen, to say what made a page scroll sideways. */
function pastTheRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (element: Element): boolean => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const { overflowX, position, clip } = getComputedStyle(parent);
        if (overflowX !== 'visible' || (position === 'absolute' && clip !== 'auto')) return true;
      }
      return false;
    };
    const past = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((element) => element.getBoundingClientRect().right > width + 0.5 && !clipped(element));
    return past.filter((element) => !past.some((other) => other !== element && element.contains(other))).slice(0, 5).map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  });
}

test('on a phone every tab is reachable, nothing scrolls sideways, and the capture form starts on the first screen', async ({ browser, baseURL, request, relay }, testInfo) => {
  const shot = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Northfield Primary · SPP enquiry', 'spp-enquiry');
  // Two themes, one strength and one next step, so the vote has options and the report a table.
  await writeBoardDoc(relay.url, board.id, board.invites.reviewer.token, (doc) => {
    const cards = addEvidence(doc, (index) => (index < 2 ? laneTarget(doc, 'Our impact', 'strengths') : laneTarget(doc, 'Looking forward', 'nextSteps')));
    createThemeFromCards(doc, cards[1]!.id, cards[0]!.id, { title: 'Pupils explain their reasoning aloud with confidence' });
    createThemeFromCards(doc, cards[3]!.id, cards[2]!.id, { title: 'Written reasoning in books' });
  });
  const lead = await joinOnDevice(browser, baseURL!, board.invites.facilitator.url, 'Lena Lead', { viewport: laptop });
  const ana = await joinOnDevice(browser, baseURL!, board.invites.reviewer.url, 'Ana Reviewer-Longname', { viewport: phone, mobile: true });
  await joinOnDevice(browser, baseURL!, board.invites.reviewer.url, 'Ben Reviewer', { viewport: laptop });
  await expect(connectionStatus(ana)).toHaveText(/All changes saved/);

  // The header's title, connection and identity take two rows (the room's timers and following
  // have a line of their own below), and presence is one row: a count and initials, opened on demand.
  const header = (await ana.getByRole('banner').boundingBox())!;
  const status = (await connectionStatus(ana).boundingBox())!;
  const title = (await ana.getByRole('banner').getByRole('heading', { level: 1 }).boundingBox())!;
  expect(status.y + status.height - header.y).toBeLessThanOrEqual(100);
  expect(title.height).toBeLessThan(40);
  await expect(ana.getByRole('banner')).toContainText('Ana Reviewer-Longname');
  const presence = ana.getByRole('button', { name: /^Here now/ });
  await expect(presence).toContainText('3');
  await expect(presence).toHaveAttribute('aria-expanded', 'false');
  await expect(ana.getByRole('list', { name: 'People on this board' })).toBeHidden();
  expect((await presence.boundingBox())!.height).toBeLessThan(70);
  await presence.click();
  await expect(ana.getByRole('list', { name: 'People on this board' }).getByRole('listitem')).toHaveCount(3);
  await snapshot(ana, 'board-presence-open-390x844', shot);
  await presence.click();

  // The Lead Reviewer opens a vote, so the phone has a ballot to fit.
  await lead.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Vote' }).click();
  await lead.getByRole('form', { name: 'Open a dot vote' }).getByRole('button', { name: 'Open the vote' }).click();
  await expect(lead.getByRole('heading', { name: 'Voting is open' })).toBeVisible();

  // Every tab, reached by tapping it in the tab bar (which scrolls sideways on its own, the page does not).
  const tabs = ana.getByRole('navigation', { name: 'Board views' }).getByRole('link');
  const labels = await tabs.allTextContents();
  expect(labels).toEqual(expect.arrayContaining(['Board', 'Capture', 'Vote', 'Council', 'PSTB', 'Report']));
  for (const label of labels) {
    const tab = tabs.filter({ hasText: label });
    await tab.scrollIntoViewIfNeeded();
    await tab.click();
    await expect(tab).toHaveAttribute('aria-current', 'page');
    await expect(ana.getByRole('main')).not.toContainText('Loading');
    if (label === 'Capture') {
      // The first field is on the first screen, with nothing scrolled.
      expect(await ana.evaluate(() => window.scrollY)).toBe(0);
      await expect(ana.getByRole('textbox', { name: /Observation/ })).toBeInViewport({ ratio: 1 });
    }
    if (label === 'Vote') await expect(ana.getByRole('button', { name: /Add a dot/ }).first()).toBeVisible();
    if (label === 'Report') {
      // With every column the summary table has (votes and triangulation figures too).
      await ana.getByRole('checkbox', { name: /Include votes and triangulation figures/ }).check();
      await expect(ana.getByRole('main').getByRole('table').first()).toBeVisible();
    }
    expect(await sidewaysScroll(ana), `the ${label} tab scrolls sideways, past the edge: ${(await pastTheRightEdge(ana)).join(', ')}`).toBe(0);
    await snapshot(ana, `${label.toLowerCase()}-390x844`, shot);
  }

  // The same board on a laptop and a projector, for the record.
  await snapshot(lead, 'vote-lead-1366x768', shot);
  await lead.setViewportSize(projector);
  await lead.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Board' }).click();
  expect(await sidewaysScroll(lead)).toBe(0);
  await snapshot(lead, 'board-1920x1080', shot);
  await lead.setViewportSize(laptop);
  await snapshot(lead, 'board-1366x768', shot);
  // And a 1280×720 projector at 150 % (853×480 CSS pixels): the board and the vote fit its width too.
  await lead.setViewportSize(projectorAt150.viewport);
  expect(await sidewaysScroll(lead), `the board scrolls sideways, past the edge: ${(await pastTheRightEdge(lead)).join(', ')}`).toBe(0);
  await snapshot(lead, 'board-853x480', shot);
  await lead.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Vote' }).click();
  await expect(lead.getByRole('heading', { name: 'Voting is open' })).toBeVisible();
  expect(await sidewaysScroll(lead), `the Vote tab scrolls sideways, past the edge: ${(await pastTheRightEdge(lead)).join(', ')}`).toBe(0);
  await snapshot(lead, 'vote-853x480', shot);
});
