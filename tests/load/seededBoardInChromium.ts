import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { CreateBoardResponse } from '@washup/shared/api';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { createBoard } from '../../server/test/support/relay';
import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromiumPath';
import { startRelayProcess } from '../support/relayProcess';
import { seedBoardAtScale, type BoardScale } from './boardAtScale';

/** The seeded board's template (qa-review) has this many headings: a usable board shows them all. */
export const seededHeadings = 4;

export interface SeededBoard {
  browser: Browser;
  relayUrl: string;
  boardId: string;
  /** The reviewer invite a measured page opens. */
  inviteUrl: string;
  /** Every role's invite, for a benchmark that needs the Lead Reviewer or the host too. */
  invites: CreateBoardResponse['invites'];
}

/**
 * What the browser benchmarks share: a relay process on a temp folder (serving `clientDist` when
 * given), a board seeded to `scale` through a real socket and acknowledged, Debian's Chromium, and
 * everything stopped and removed afterwards whatever `measure` does.
 */
export async function withSeededBoardInChromium(
  options: { title: string; scale: BoardScale; clientDist?: string | undefined },
  measure: (seeded: SeededBoard) => Promise<void>,
): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'washup-browser-bench-'));
  const relay = await startRelayProcess(dataDir, options.clientDist ? { CLIENT_DIST: path.resolve(options.clientDist) } : {});
  let browser: Browser | null = null;
  try {
    const board = await createBoard(relay.url, options.title, 'qa-review');
    const writer = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await writer.synced;
    const started = Date.now();
    const seeded = seedBoardAtScale(writer.doc, options.scale);
    await writer.requestAck().acked;
    console.log(`seeded ${seeded.count('cards')} cards and ${seeded.count('themes')} themes through the relay in ${Date.now() - started} ms`);
    writer.close();

    const executablePath = chromiumExecutable();
    browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
    await measure({ browser, relayUrl: relay.url, boardId: board.id, inviteUrl: board.invites.reviewer.url, invites: board.invites });
  } finally {
    await browser?.close();
    await relay.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
