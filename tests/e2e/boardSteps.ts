import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** Steps on the synthesis board and the capture form, phrased as a reviewer would do them. */

export interface CardSource {
  activity: string;
  stakeholder?: string;
  site?: string;
  /** Key questions it answers, as their chips read ("Q1 How well…"). */
  questions?: readonly string[];
}

export function captureForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Add evidence' });
}

export async function captureCard(page: Page, observation: string, source: CardSource): Promise<void> {
  const form = captureForm(page);
  await form.getByRole('textbox', { name: 'Observation' }).fill(observation);
  await form.getByRole('radio', { name: source.activity, exact: true }).check();
  if (source.stakeholder) await form.getByRole('radio', { name: source.stakeholder, exact: true }).check();
  if (source.site !== undefined) await form.getByRole('textbox', { name: 'Site' }).fill(source.site);
  for (const question of source.questions ?? []) await form.getByRole('checkbox', { name: question }).setChecked(true);
  await form.getByRole('button', { name: 'Add card' }).click();
}

export function inboxCard(page: Page, observation: string): Locator {
  return page.getByRole('region', { name: 'Inbox' }).getByRole('article', { name: `Card: ${observation}` });
}

export function lane(page: Page, heading: string, laneName: string): Locator {
  return page.getByRole('region', { name: heading, exact: true }).getByRole('region', { name: laneName, exact: true });
}

export function themesIn(scope: Locator): Locator {
  return scope.getByRole('region', { name: /^Theme: / });
}

/** The middle of the part of `box` between `top` and `bottom`, or null when none of it is there. */
function reachableY(box: { y: number; height: number }, top: number, bottom: number): number | null {
  const from = Math.max(box.y, top);
  const to = Math.min(box.y + box.height, bottom);
  return from < to ? (from + to) / 2 : null;
}

/**
 * A real mouse drag by a card's or theme's grip, in small steps as a hand moves. When the target is
 * off screen, the pointer waits at the window's edge while the board scrolls, as a person would.
 */
export async function dragByGrip(page: Page, grip: Locator, target: Locator): Promise<void> {
  const window = page.viewportSize();
  if (!window) throw new Error('the page has no viewport');
  // Under the sticky header and clear of the bands near the edges that scroll the board.
  const top = 120;
  const bottom = window.height - 120;
  await grip.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const from = await grip.boundingBox();
  if (!from) throw new Error('the grip is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2, { steps: 4 });
  for (let edgeWaits = 0; ; edgeWaits++) {
    const to = await target.boundingBox();
    if (!to) throw new Error('the target is not in the page');
    const y = reachableY(to, top, bottom);
    if (y !== null) {
      await page.mouse.move(to.x + to.width / 2, y, { steps: 20 });
      break;
    }
    if (edgeWaits === 20) throw new Error('the board never scrolled the target under the pointer');
    await page.mouse.move(to.x + to.width / 2, to.y < top ? 40 : window.height - 10, { steps: 5 });
    // Held at the edge, the pointer scrolls the board: wait until the target has moved.
    await expect.poll(async () => (await target.boundingBox())?.y, { message: 'the board scrolls under the pointer', intervals: [50] }).not.toBe(to.y);
  }
  // Aim again before letting go, in case the board was still scrolling.
  const settled = await target.boundingBox();
  const settledY = settled && reachableY(settled, top, bottom);
  if (settled && settledY !== null) await page.mouse.move(settled.x + settled.width / 2, settledY, { steps: 3 });
  await page.mouse.up();
}

/** What is on screen now (not the whole page), saved under this test's folder in test-results/. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), animations: 'disabled' });
}

/**
 * Opens a "Move to…" (or "Merge into…") button inside `scope`, narrows its list by typing `search`,
 * and chooses the place whose full name is `place`: the move happens at once.
 */
export async function chooseFromPlaceMenu(scope: Locator, menu: string | RegExp, place: string, search = place): Promise<void> {
  await scope.getByRole('button', { name: menu }).click();
  const box = scope.getByRole('combobox', { name: menu });
  await box.fill(search);
  await scope.getByRole('option', { name: place, exact: true }).click();
}

/** The full card behind a compact row: its source, author and Edit and Delete buttons. */
export async function openCard(card: Locator): Promise<void> {
  await card.getByRole('button', { name: /^Show all of / }).click();
}
