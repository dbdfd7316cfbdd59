import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createBoardByApi } from './support/api';
import { joinAs } from './support/boardPages';
import { expect, snapshot, test } from './support/fixtures';
import { framesHold, indexedDbContents, recordReceivedFrames } from './support/receivedBytes';
import { captureCard, captureForm, inboxCard } from './boardSteps';

const projector = { width: 1920, height: 1080 };
const laptop = { width: 1366, height: 768 };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

const learning = 'PRIVATE LEARNING: take the triad feedback routine home to our own staff';
const evidence = 'Year 5 pupils read aloud with expression and named favourite authors';

function openView(page: Page, label: string) {
  return page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: label }).click();
}

function learningLane(page: Page) {
  return page.getByRole('group', { name: 'Reviewer learning' });
}

test("a reviewer's learning reaches only their own devices: no frame and no cache of the host's or the observer's holds it", async ({ browser, baseURL, request }, testInfo) => {
  const shot = (name: string) => testInfo.outputPath(name);
  const board = await createBoardByApi(request, 'Brookfield Primary · QA Review');
  const reviewerContext = await browser.newContext({ baseURL, viewport: laptop, acceptDownloads: true });
  const leadContext = await browser.newContext({ baseURL, viewport: projector });
  const hostContext = await browser.newContext({ baseURL, viewport: projector });
  const observerContext = await browser.newContext({ baseURL, ...phone });
  const reviewer = await reviewerContext.newPage();
  const lead = await leadContext.newPage();
  const host = await hostContext.newPage();
  const observer = await observerContext.newPage();
  // Every byte the host's and the observer's devices receive, from before they open the board.
  const hostFrames = recordReceivedFrames(host);
  const observerFrames = recordReceivedFrames(observer);

  await reviewer.goto(board.invites.reviewer.url);
  await joinAs(reviewer, 'Rae Reviewer', 'In the room');
  await lead.goto(board.invites.facilitator.url);
  await joinAs(lead, 'Lee Morgan', 'In the room');
  await host.goto(board.invites.host.url);
  await joinAs(host, 'Hana Head', 'In the room');
  await observer.goto(board.invites.observer.url);
  await joinAs(observer, 'Omar Observer', 'Remote');

  // The reviewer keeps one thing to take home, and captures one piece of evidence for the team.
  await openView(reviewer, 'Capture');
  const form = captureForm(reviewer);
  await form.getByRole('textbox', { name: 'Observation' }).fill(learning);
  await form.getByRole('radio', { name: 'lesson visit', exact: true }).check();
  await form.getByRole('checkbox', { name: /Reviewer learning/ }).check();
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(form.getByRole('status')).toHaveText('Card added.');
  await captureCard(reviewer, evidence, { activity: 'lesson visit', stakeholder: 'pupils', site: 'Year 5' });

  // On their board, the learning is in their own lane, the evidence in the inbox.
  await openView(reviewer, 'Board');
  const lane = learningLane(reviewer);
  await lane.getByText('Reviewer learning', { exact: false }).first().click();
  await expect(lane).toContainText(learning);
  await expect(inboxCard(reviewer, evidence)).toBeVisible();
  await expect(reviewer.getByText('All changes saved')).toBeVisible();
  await snapshot(reviewer, 'learning-lane-1366x768', shot);

  // Everyone else sees the evidence and not the learning: the Lead Reviewer too, whose own lane is their own.
  for (const page of [lead, host, observer]) {
    await expect(inboxCard(page, evidence)).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(learning);
  }
  await snapshot(host, 'host-board-1920x1080', shot);
  await snapshot(observer, 'observer-board-390x844', shot);

  // Nothing the host's or the observer's device received or keeps holds it; what they received does hold the evidence.
  for (const [who, page, frames] of [['host', host, hostFrames], ['observer', observer, observerFrames]] as const) {
    expect(framesHold(frames, evidence), `${who} received the evidence`).toBe(true);
    expect(framesHold(frames, learning.slice('PRIVATE LEARNING: '.length)), `${who} received the learning`).toBe(false);
    const cached = await indexedDbContents(page);
    expect(cached, `${who} cached the learning`).not.toContain('triad feedback routine');
  }

  // The reviewer takes their learning with them as a file of their own.
  const downloading = reviewer.waitForEvent('download');
  await learningLane(reviewer).getByRole('button', { name: 'Download my learning' }).click();
  const download = await downloading;
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  expect(readFileSync(saved, 'utf8')).toContain(learning);

  // It is still theirs after a reload.
  await reviewer.reload();
  await learningLane(reviewer).getByText('Reviewer learning', { exact: false }).first().click();
  await expect(learningLane(reviewer)).toContainText(learning);

  await Promise.all([reviewerContext.close(), leadContext.close(), hostContext.close(), observerContext.close()]);
});
