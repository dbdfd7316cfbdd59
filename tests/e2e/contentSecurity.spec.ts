import { createBoardByApi } from './support/api';
import { joinAs } from './support/boardPages';
import { expect, test } from './support/fixtures';

const views = ['Board', 'Capture', 'Vote', 'Council', 'PSTB', 'Report'] as const;

test('the app runs under its Content-Security-Policy with no violation, service worker included', async ({ browser, baseURL, request }) => {
  const board = await createBoardByApi(request, 'Under the policy', 'qa-review');
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|evaluate|connect|apply)/i.test(message.text())) violations.push(message.text());
  });
  // The page's own report of each violation, which the console may phrase differently across versions.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
  });

  const response = await page.goto(board.invites.facilitator.url);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await joinAs(page, 'Lee Lead', 'In the room');
  for (const view of views) {
    await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: view }).click();
    await expect(page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: view })).toHaveAttribute('aria-current', 'page');
  }
  // Reloaded under the service worker's control, which must itself satisfy the policy.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText('Under the policy');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(violations).toEqual([]);
});
