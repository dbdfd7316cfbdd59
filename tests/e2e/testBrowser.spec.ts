import { readdirSync, readFileSync } from 'node:fs';
import { playwrightDisabledFeatures } from './support/chromiumPath';
import { expect, test } from './support/fixtures';

/** The command lines of the browsers this worker launched (Linux: read from /proc). */
function launchedBrowserCommandLines(): string[][] {
  const lines: string[][] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent's pid is the field after the process's name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parentPid !== process.pid) continue;
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes('--remote-debugging-pipe')) lines.push(args);
    } catch {
      // The process ended while being read.
    }
  }
  return lines;
}

test('the test browser keeps every feature Playwright disables and opens no address-bar popups for a new device', async ({ browser }) => {
  test.skip(process.platform !== 'linux', 'reads the browser command line from /proc');
  const commandLines = launchedBrowserCommandLines();
  expect(commandLines).toHaveLength(1);
  const [commandLine = []] = commandLines;
  const disabledLists = commandLine.filter((arg) => arg.startsWith('--disable-features=')).map((arg) => arg.slice('--disable-features='.length).split(','));
  // Chromium honours only the last one: it must hold every name the earlier ones (Playwright's own) held.
  const honoured = disabledLists.at(-1) ?? [];
  for (const earlier of disabledLists.slice(0, -1)) expect(honoured, 'Playwright disables more than chromiumPath.ts repeats').toEqual(expect.arrayContaining(earlier));
  expect(honoured).toEqual(expect.arrayContaining([...playwrightDisabledFeatures, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));

  const context = await browser.newContext();
  await context.newPage();
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  expect(targetInfos.filter((target) => target.url.startsWith('chrome://omnibox-popup')).map((target) => target.url)).toEqual([]);
  expect(targetInfos.filter((target) => target.type === 'page')).toHaveLength(1);
});
