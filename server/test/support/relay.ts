import { afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { CreateBoardResponse, JoinResponse } from '@washup/shared/api';
import type { Role } from '@washup/shared/auth';
import { docName } from '@washup/shared/board';
import * as Y from 'yjs';
import { buildRelay, type Relay } from '../../src/app';
import { configSchema, type Config } from '../../src/config';
import type { StoredDoc } from '../../src/storage/storage';
import { applyStoredDoc } from '../../src/storage/storedDoc';

export interface TestRelay extends Relay {
  url: string;
  wsUrl: string;
  dataDir: string;
  /** The relay's log lines (JSON, one per line), when started with a `LOG_LEVEL`; otherwise empty. */
  logLines: string[];
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * The real relay on 127.0.0.1 with a random port and a SQLite file in a fresh temp folder. It logs
 * nothing unless `overrides` set a `LOG_LEVEL`; its lines are then collected in `logLines`.
 */
export async function startRelay(overrides: Partial<Config> = {}, dataDir?: string): Promise<TestRelay> {
  const dir = dataDir ?? mkdtempSync(path.join(tmpdir(), 'washup-test-'));
  const config = configSchema.parse({ PORT: 0, HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', ROOM_IDLE_MS: 200 });
  const logLines: string[] = [];
  const relay = await buildRelay(
    { ...config, ...overrides, DATA_DIR: dir, CLIENT_DIST: path.join(dir, 'no-client') },
    { logStream: { write: (line: string) => void logLines.push(line) } },
  );
  await relay.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = relay.app.server.address() as AddressInfo;
  return {
    ...relay,
    logLines,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    dataDir: dir,
    async stop({ keepData = false } = {}) {
      await relay.app.close();
      if (!keepData) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function api<T>(
  baseUrl: string,
  method: string,
  route: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(baseUrl + route, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function createBoard(baseUrl: string, title = 'Test review', templateId = 'qa-review'): Promise<CreateBoardResponse> {
  const { status, body } = await api<CreateBoardResponse>(baseUrl, 'POST', '/api/boards', { body: { title, templateId } });
  if (status !== 201) throw new Error(`creating a board failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

export async function join(baseUrl: string, board: CreateBoardResponse, role: Role, name: string): Promise<JoinResponse> {
  const { status, body } = await api<JoinResponse>(baseUrl, 'POST', `/api/boards/${board.id}/join`, {
    token: board.invites[role].token,
    body: { name },
  });
  if (status !== 201) throw new Error(`joining failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * A relay started by each test that asks for one and stopped after it, so a failing test never
 * leaves a server running into the next.
 */
export function relayPerTest(): (overrides?: Partial<Config>, dataDir?: string) => Promise<TestRelay> {
  let current: TestRelay | undefined;
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });
  return async (overrides = {}, dataDir) => {
    current = await startRelay(overrides, dataDir);
    return current;
  };
}

/** A board with people joined by name, each under the key a test calls them by. */
export type TeamOf<Names extends string> = { relay: TestRelay; board: CreateBoardResponse } & Record<Names, JoinResponse>;

/**
 * A board on `relay` with these people joined by name, in order: `{ lead: ['facilitator', 'Lead'] }`
 * gives `{ relay, board, lead: <their join response> }`.
 */
export async function boardWithTeam<Names extends string>(relay: TestRelay, people: Record<Names, readonly [Role, string]>): Promise<TeamOf<Names>> {
  const board = await createBoard(relay.url);
  const joined = {} as Record<Names, JoinResponse>;
  for (const [key, [role, name]] of Object.entries(people) as Array<[Names, readonly [Role, string]]>) {
    joined[key] = await join(relay.url, board, role, name);
  }
  return { relay, board, ...joined };
}

/** A board as it is stored, read back the way a relay loads it (snapshot, then the updates after it). */
export function storedBoardDoc(relay: TestRelay, boardId: string): Promise<Y.Doc> {
  return storedDoc(relay, docName({ boardId, kind: 'board' }));
}

/** What a doc has stored, as a state vector: a compaction leaves it as it is, a stored write changes it. */
export async function storedStateVector(relay: TestRelay, name: string): Promise<Uint8Array> {
  return Y.encodeStateVector(await storedDoc(relay, name));
}

/** The doc as stored once its room's compaction at unload has landed: rows are left only if it did not within 5 s. */
export async function storedAfterUnload(relay: TestRelay, name: string): Promise<StoredDoc> {
  let stored = await relay.storage.loadDoc(name);
  for (const deadline = Date.now() + 5000; stored.updates.length > 0 && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    stored = await relay.storage.loadDoc(name);
  }
  return stored;
}

/** Any doc as it is stored, read back the way a relay loads it. */
export async function storedDoc(relay: TestRelay, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  applyStoredDoc(doc, await relay.storage.loadDoc(name));
  return doc;
}
