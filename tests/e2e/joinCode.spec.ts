import { connectionStatus, createBoardInUi, joinAs, showPresence } from './support/boardPages';
import { expect, snapshot, test } from './support/fixtures';
import { phone } from './support/devices';

const laptop = { width: 1366, height: 768 };
const projector = { width: 1920, height: 1080 };

test('a phone joins by typing the short join code shown beside the QR code of each invite link', async ({ browser, baseURL }, testInfo) => {
  const shot = (name: string) => testInfo.outputPath(name);
  const leadContext = await browser.newContext({ baseURL, viewport: laptop });
  const lead = await leadContext.newPage();
  await createBoardInUi(lead, 'Riverside Academy · Peer review', 'QA Review (school)');

  // Every link has its own QR code, drawn on the device (an SVG, no request), and a join code.
  const qrSources = new Set<string>();
  for (const audience of ['Lead Reviewer', 'Peer reviewers', 'Host leader', 'Observers']) {
    const qr = lead.getByRole('img', { name: `QR code of the ${audience} link` });
    await expect(qr).toBeVisible();
    const source = (await qr.getAttribute('src'))!;
    expect(source).toMatch(/^data:image\/svg\+xml;utf8,/);
    qrSources.add(source);
  }
  expect(qrSources.size).toBe(4);
  const code = lead.getByTestId('join-code-reviewer');
  await expect(code).toHaveText(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  const reviewerCode = (await code.textContent())!;
  await expect(lead.getByRole('listitem').filter({ has: code })).toContainText(`Or open ${new URL(baseURL!).origin} and type the code.`);
  await snapshot(lead, 'invites-1366x768', shot);
  await lead.setViewportSize(projector);
  await snapshot(lead, 'invites-1920x1080', shot);
  await lead.getByRole('button', { name: 'Open as Lead Reviewer' }).click();
  await joinAs(lead, 'Amira Khan', 'In the room');

  // The phone opens the start page and types the code: lower case, with a space, O for 0 and all.
  const phoneContext = await browser.newContext({ baseURL, viewport: phone, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const reviewer = await phoneContext.newPage();
  await reviewer.goto('/');
  const codeBox = reviewer.getByRole('textbox', { name: 'Join code' });
  // The code box is on the phone's first screen, before the page's introduction.
  await expect(codeBox).toBeInViewport({ ratio: 1 });
  await snapshot(reviewer, 'landing-390x844', shot);

  // A wrong code and a malformed one are refused in words, and nothing opens.
  const wrong = reviewerCode.startsWith('Z') ? 'YYYY-YYYY' : 'ZZZZ-ZZZZ';
  await codeBox.fill(wrong);
  await reviewer.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(reviewer.getByRole('alert')).toContainText('No board has this join code');
  await codeBox.fill('12');
  await reviewer.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(reviewer.getByRole('alert')).toContainText('A join code is 8 letters and digits');
  await snapshot(reviewer, 'landing-wrong-code-390x844', shot);
  await expect(reviewer).toHaveURL(/\/$/);

  await codeBox.fill(reviewerCode.toLowerCase().replace('-', ' ').replace(/0/g, 'o'));
  await reviewer.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(reviewer.getByText('Joining as')).toContainText('Peer reviewer');
  await expect(reviewer.getByRole('heading', { name: 'Riverside Academy · Peer review' })).toBeVisible();
  await joinAs(reviewer, 'Ben Okafor', 'In the room');
  await expect(connectionStatus(reviewer)).toHaveText(/All changes saved/);
  await expect(reviewer).not.toHaveURL(/#invite=/);
  await expect(reviewer.getByRole('banner')).toContainText('Ben Okafor');

  // The Lead Reviewer sees the phone arrive (a laptop's presence is one row until opened).
  await showPresence(lead);
  await expect(lead.getByRole('list', { name: 'People on this board' }).getByRole('listitem').filter({ hasText: 'Ben Okafor' })).toContainText('Peer reviewer');
});

test('removing someone replaces their role’s join code: the old one stops working, the new one is shown', async ({ browser, baseURL }, testInfo) => {
  const leadContext = await browser.newContext({ baseURL, viewport: laptop });
  const lead = await leadContext.newPage();
  await createBoardInUi(lead, 'Join codes replaced', 'QA Review (school)');
  const oldCode = (await lead.getByTestId('join-code-reviewer').textContent())!;
  await lead.getByRole('button', { name: 'Open as Lead Reviewer' }).click();
  await joinAs(lead, 'Amira Khan', 'In the room');

  const phoneContext = await browser.newContext({ baseURL, viewport: phone, isMobile: true, hasTouch: true });
  const reviewer = await phoneContext.newPage();
  await reviewer.goto('/');
  await reviewer.getByRole('textbox', { name: 'Join code' }).fill(oldCode);
  await reviewer.getByRole('button', { name: 'Join', exact: true }).click();
  await joinAs(reviewer, 'Pat Quinn', 'Remote');

  await lead.getByRole('button', { name: 'People and links' }).click();
  const dialog = lead.getByRole('dialog', { name: 'People and links' });
  const patRow = dialog.getByRole('listitem').filter({ hasText: 'Pat Quinn' });
  await patRow.getByRole('button', { name: 'Remove…' }).click();
  await patRow.getByRole('button', { name: 'Remove Pat Quinn' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'was removed' })).toBeVisible();
  const newCode = dialog.getByTestId('join-code-reviewer');
  await expect(newCode).not.toHaveText(oldCode);
  await expect(dialog.getByRole('img', { name: 'QR code of the Peer reviewers link' })).toBeVisible();
  await snapshot(lead, 'people-dialog-new-code-1366x768', (name) => testInfo.outputPath(name));

  const patAgainContext = await browser.newContext({ baseURL, viewport: phone, isMobile: true, hasTouch: true });
  const patAgain = await patAgainContext.newPage();
  await patAgain.goto('/');
  await patAgain.getByRole('textbox', { name: 'Join code' }).fill(oldCode);
  await patAgain.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(patAgain.getByRole('alert')).toContainText('No board has this join code');
  await patAgain.getByRole('textbox', { name: 'Join code' }).fill((await newCode.textContent())!);
  await patAgain.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(patAgain.getByText('Joining as')).toContainText('Peer reviewer');
});
