import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relayNodeFlags } from '../../scripts/buildServer.mjs';
import type { AnsweringProcess } from './servers';
import { startStackFloor } from './stackFloor';

/**
 * The benchmark's stack floor holds what it claims to hold: built as the relay is, run with the
 * relay's flags, validating with zod, and committing through its writer thread. A floor missing a
 * part would make the memory Washup's own code adds look larger than it is.
 */
describe('the stack floor', () => {
  let runDir: string;
  let floor: AnsweringProcess;

  beforeAll(async () => {
    runDir = mkdtempSync(path.join(tmpdir(), 'washup-stack-floor-'));
    floor = await startStackFloor(runDir);
  }, 120_000);

  afterAll(async () => {
    await floor?.stop();
    rmSync(runDir, { recursive: true, force: true });
  });

  const notesStored = async (): Promise<number> => ((await (await fetch(`${floor.httpUrl}/healthz`)).json()) as { notes: number }).notes;
  const postNote = (body: string): Promise<Response> => fetch(`${floor.httpUrl}/notes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('runs with the relay flags', () => {
    expect(readFileSync(`/proc/${floor.pid}/cmdline`, 'utf8').split('\0')).toEqual(expect.arrayContaining(relayNodeFlags));
  });

  it('refuses a body its zod schema refuses, and commits a note through its writer thread', async () => {
    expect((await postNote(JSON.stringify({ text: 42 }))).status).toBe(400);
    expect((await postNote(JSON.stringify({ text: 'x'.repeat(1001) }))).status).toBe(400);
    expect((await postNote(`${'{"text":'.repeat(5000)}"deep"${'}'.repeat(5000)}`)).status).toBe(400);
    expect((await postNote('not json')).status).toBe(400);
    expect(await notesStored()).toBe(0);
    expect((await postNote(JSON.stringify({ text: 'a note' }))).status).toBe(200);
    await expect.poll(notesStored, { timeout: 10_000 }).toBe(1);
  });

  it('stops cleanly on SIGTERM', async () => {
    await floor.stop('SIGTERM');
    expect(floor.child.signalCode).toBeNull();
    expect(floor.child.exitCode).toBe(0);
  });
});
