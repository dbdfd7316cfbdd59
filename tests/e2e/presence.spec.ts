import { connectionStatus, createBoardInUi, inviteLink, joinAs, presenceEntry, showPresence } from './support/boardPages';
import { expect, snapshot, test } from './support/fixtures';

const desktop = { width: 1920, height: 1080 };
const phone = { width: 390, height: 844 };

test('a Lead Reviewer and a reviewer join a new board and see each other', async ({ browser, baseURL }, testInfo) => {
  const shot = (name: string) => testInfo.outputPath(name);
  const leadContext = await browser.newContext({ baseURL, viewport: desktop });
  const reviewerContext = await browser.newContext({ baseURL, viewport: phone, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const consoleProblems: string[] = [];
  for (const context of [leadContext, reviewerContext]) {
    context.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(`${message.type()}: ${message.text()}`);
    });
    context.on('weberror', (error) => consoleProblems.push(`uncaught: ${error.error().message}`));
  }
  const lead = await leadContext.newPage();
  const reviewer = await reviewerContext.newPage();

  // The start page, on both screens.
  await reviewer.goto('/');
  await expect(reviewer.getByRole('radio', { name: 'QA Review (school)' })).toBeVisible();
  await snapshot(reviewer, 'landing-390x844', shot);

  await lead.goto('/');
  const qaReview = lead.getByRole('radio', { name: 'QA Review (school)' });
  await expect(qaReview).toBeVisible();
  // Each template shows the headings its board starts with.
  await expect(lead.locator('label').filter({ has: qaReview })).toContainText('Leadership at all levels');
  await snapshot(lead, 'landing-1920x1080', shot);

  // Create the board; four invite links come back.
  await createBoardInUi(lead, 'Oakfield Primary · QA Review', 'QA Review (school)');
  for (const audience of ['Lead Reviewer', 'Peer reviewers', 'Host leader', 'Observers']) {
    await expect(lead.getByRole('textbox', { name: audience, exact: true })).toHaveValue(/\/b\/[A-Za-z0-9_-]{22}#invite=/);
    await expect(lead.getByRole('button', { name: `Copy the ${audience} link` })).toBeVisible();
  }
  const reviewerLink = await inviteLink(lead, 'Peer reviewers');
  await snapshot(lead, 'invites-1920x1080', shot);

  // The Lead Reviewer goes in: name, room or remote, then the board.
  await lead.getByRole('button', { name: 'Open as Lead Reviewer' }).click();
  await expect(lead.getByRole('heading', { name: 'Oakfield Primary · QA Review' })).toBeVisible();
  await expect(lead.getByText('Joining as')).toContainText('Lead Reviewer');
  await joinAs(lead, 'Amira Khan', 'In the room');
  await expect(lead.getByRole('banner')).toContainText('Oakfield Primary · QA Review');
  await expect(lead.getByRole('banner')).toContainText('Amira Khan');
  await expect(lead).not.toHaveURL(/#invite=/);

  // The reviewer opens their link on a phone.
  await reviewer.goto(reviewerLink);
  await expect(reviewer.getByRole('heading', { name: 'Oakfield Primary · QA Review' })).toBeVisible();
  await expect(reviewer.getByText('Joining as')).toContainText('Peer reviewer');
  await snapshot(reviewer, 'join-390x844', shot);
  await joinAs(reviewer, 'Ben Okafor', 'Remote');
  await expect(reviewer).not.toHaveURL(/#invite=/);

  // Both see both, with their roles and where they are (the phone opens its one-row presence first).
  await expect(reviewer.getByRole('button', { name: /^Here now/ })).toHaveAttribute('aria-expanded', 'false');
  await showPresence(reviewer);
  for (const page of [lead, reviewer]) {
    await expect(presenceEntry(page, 'Amira Khan')).toContainText('Lead Reviewer');
    await expect(presenceEntry(page, 'Amira Khan')).toContainText('In the room');
    await expect(presenceEntry(page, 'Ben Okafor')).toContainText('Peer reviewer');
    await expect(presenceEntry(page, 'Ben Okafor')).toContainText('Remote');
    await expect(connectionStatus(page)).toHaveText(/All changes saved/);
  }
  // The template's headings fill the board area, in order.
  await expect(lead.getByRole('main').getByRole('heading', { level: 3 })).toHaveText([
    'Leadership at all levels',
    'Quality of provision and outcomes',
    'Quality of provision and outcomes for disadvantaged pupils and pupils with additional needs',
    'Area of Excellence',
  ]);
  await snapshot(lead, 'board-1920x1080', shot);
  await snapshot(reviewer, 'board-390x844', shot);

  // A change of location reaches the other person.
  await lead.getByRole('radio', { name: 'Remote' }).check();
  await expect(presenceEntry(reviewer, 'Amira Khan')).toContainText('Remote');

  // A reload goes straight back in, without asking for a name again.
  await reviewer.reload();
  await expect(reviewer.getByRole('banner')).toContainText('Ben Okafor');
  await expect(reviewer.getByRole('textbox', { name: 'Your name' })).toHaveCount(0);
  await showPresence(reviewer);
  await expect(presenceEntry(reviewer, 'Amira Khan')).toBeVisible();
  await expect(connectionStatus(reviewer)).toHaveText(/All changes saved/);

  // The Lead Reviewer tries the reviewer link on their own device: offered to stay as they are.
  await lead.goto(reviewerLink);
  await expect(lead.getByText('This device is already on this board as Amira Khan, Lead Reviewer')).toBeVisible();
  await lead.getByRole('button', { name: 'Stay as Lead Reviewer' }).click();
  await expect(lead.getByRole('banner')).toContainText('Lead Reviewer');
  await expect(lead).not.toHaveURL(/#invite=/);

  // Nothing went wrong behind the scenes (an unhandled Washup frame would log "Unable to compute message").
  expect(consoleProblems).toEqual([]);
});
