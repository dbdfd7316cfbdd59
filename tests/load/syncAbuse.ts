/**
 * Abusive sync sockets against one relay, with a well-behaved client and /healthz watched beside
 * them. Two phases: sockets that repeat the 4-byte "send me the whole document" request without
 * reading, then sockets that flood cheap frames. Prints the relay's peak RSS, /healthz latency, the
 * well-behaved client's ack round trips and how each abuser ended.
 *
 *   node --import tsx tests/load/syncAbuse.ts [--root DIR] [--seconds 5] [--sockets 4] [--cards 3000]
 *     [--phases full-state,cheap-frames] [--burst 20]
 *
 * `--root` runs the relay of another checkout (e.g. an export of an older commit) for comparison.
 * Every loop is bounded in time; all traffic stays on 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { CreateBoardResponse } from '@washup/shared/api';
import { addCard, BoardDoc } from '@washup/shared/board';
import { encodeAckRequest, messageType } from '@washup/shared/sync';
import { rssBytes } from './proc';

type Mode = 'full-state' | 'cheap-frames';
interface AbuserReport {
  sent: number;
  endedAfterMs: number;
  code: number | null;
  reason: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    root: { type: 'string', default: path.resolve(here, '../..') },
    seconds: { type: 'string', default: '5' },
    sockets: { type: 'string', default: '4' },
    cards: { type: 'string', default: '3000' },
    phases: { type: 'string', default: 'full-state,cheap-frames' },
    /** Whole-document requests each abuser sends every 10 ms. */
    burst: { type: 'string', default: '20' },
    abuser: { type: 'string' },
    url: { type: 'string' },
  },
});
const seconds = Number(args.seconds);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  console.log(`relay of ${args.root}, a board of ${args.cards} cards, ${seconds} s a phase (a fresh relay for each)`);
  console.log('| phase | abusive sockets | relay RSS at rest / peak | /healthz p50 / max (ms) | ack round trip p50 / max (ms) | abusers closed (code @ ms) |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const mode of (args.phases ?? '').split(',') as Mode[]) {
    const sockets = mode === 'full-state' ? Number(args.sockets) : Number(args.sockets) * 2;
    console.log(await withRelay((relay, base, board) => phase(mode, sockets, relay, base, board)));
  }
}

/** Starts the relay with a board of `--cards` cards, runs the work, and stops the relay. */
async function withRelay(work: (relay: ChildProcess, base: string, board: { wsUrl: string; invites: CreateBoardResponse['invites']; writer: Client }) => Promise<string>): Promise<string> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'washup-abuse-'));
  const relay = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: args.root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await until(async () => (await fetch(`${base}/healthz`).catch(() => null))?.ok === true, 60_000);
    const created = (await (await fetch(`${base}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Abuse', templateId: 'qa-review' }),
    })).json()) as CreateBoardResponse;
    const wsUrl = `ws://127.0.0.1:${port}/sync/${created.id}`;
    const writer = await Client.open(`${wsUrl}?token=${created.invites.reviewer.token}`);
    writer.doc.transact(() => {
      for (let i = 0; i < Number(args.cards); i++) writer.addCard(`Evidence ${i}: pupils explained their reasoning with confidence in the lesson seen`);
    });
    await writer.saved();
    const row = await work(relay, base, { wsUrl, invites: created.invites, writer });
    writer.close();
    return row;
  } finally {
    relay.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function phase(mode: Mode, sockets: number, relay: ChildProcess, base: string, board: { wsUrl: string; invites: CreateBoardResponse['invites']; writer: Client }): Promise<string> {
  const { writer } = board;
  const abuseUrl = `${board.wsUrl}?token=${board.invites.observer.token}`;
  const rssAtRest = rssBytes(relay.pid ?? 0) ?? 0;
  const abusers = Array.from({ length: sockets }, () =>
    spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--abuser', mode, '--url', abuseUrl, '--seconds', String(seconds), '--burst', String(args.burst)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const opened: Array<Promise<void>> = [];
  const reports = abusers.map((child) => {
    let markOpen!: () => void;
    opened.push(new Promise<void>((resolve) => (markOpen = resolve)));
    return new Promise<AbuserReport | null>((resolve) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.startsWith('open\n')) markOpen();
      });
      child.on('exit', () => {
        markOpen();
        const report = out.split('\n')[1]?.trim();
        resolve(report ? (JSON.parse(report) as AbuserReport) : null);
      });
    });
  });
  // The window starts once every abuser is connected (starting them takes a while on a busy machine).
  await Promise.race([Promise.all(opened), sleep(60_000)]);
  // An abuser stuck behind a stalled relay is stopped a little after the phase.
  const stopAbusers = setTimeout(() => abusers.forEach((child) => child.kill('SIGKILL')), seconds * 1000 + 5000);
  let rssPeak = 0;
  const rssTimer = setInterval(() => (rssPeak = Math.max(rssPeak, rssBytes(relay.pid ?? 0) ?? 0)), 50);
  const health: number[] = [];
  const acks: number[] = [];
  const end = Date.now() + seconds * 1000 + 1000;
  await Promise.all([
    (async () => {
      while (Date.now() < end) {
        const started = performance.now();
        await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(15_000) }).catch(() => null);
        health.push(performance.now() - started);
        await sleep(100);
      }
    })(),
    (async () => {
      let i = 0;
      while (Date.now() < end) {
        const started = performance.now();
        writer.addCard(`Probe ${i++}`);
        await Promise.race([writer.saved(), sleep(15_000)]);
        acks.push(performance.now() - started);
        await sleep(200);
      }
    })(),
  ]);
  clearInterval(rssTimer);
  const finished = await Promise.all(reports);
  clearTimeout(stopAbusers);
  const ended = finished.map((report) => (report ? `${report.code ?? 'open'} @${report.endedAfterMs}` : 'no report'));
  return `| ${mode} | ${sockets} | ${mib(rssAtRest)} / ${mib(rssPeak)} | ${quantile(health, 0.5)} / ${quantile(health, 1)} | ${quantile(acks, 0.5)} / ${quantile(acks, 1)} | ${ended.join(', ')} |`;
}

/** One abusive socket: sends its kind of flood until the time is up or the relay closes it. */
async function abuse(mode: Mode, url: string): Promise<void> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  process.stdout.write('open\n');
  const started = Date.now();
  let sent = 0;
  let closed: { code: number; reason: string } | null = null;
  socket.on('close', (code, reason) => (closed = { code, reason: reason.toString() }));
  socket.on('error', () => undefined);
  // A full-state requester never reads, so what the relay sends it piles up.
  if (mode === 'full-state') socket.pause();
  const fullState = Uint8Array.from([messageType.sync, syncProtocol.messageYjsSyncStep1, 1, 0]);
  const cheap = [Uint8Array.from([messageType.timeRequest]), Uint8Array.from([messageType.queryAwareness]), encodeAckRequest(1)];
  while (!closed && Date.now() - started < seconds * 1000) {
    const burst = mode === 'full-state' ? Number(args.burst) : 500;
    for (let i = 0; i < burst && socket.readyState === WebSocket.OPEN; i++) {
      socket.send(mode === 'full-state' ? fullState : (cheap[i % cheap.length] ?? fullState));
      sent += 1;
    }
    await sleep(mode === 'full-state' ? 10 : 1);
  }
  // A paused socket never reads the close frame: resume to learn how it ended.
  socket.resume();
  if (!closed) await Promise.race([new Promise((resolve) => socket.once('close', resolve)), sleep(1500)]);
  const report: AbuserReport = { sent, endedAfterMs: Date.now() - started, code: (closed as { code: number } | null)?.code ?? null, reason: (closed as { reason: string } | null)?.reason ?? '' };
  process.stdout.write(JSON.stringify(report));
  socket.terminate();
  process.exit(0);
}

/** A plain sync client that asks for acks: the well-behaved reviewer. */
class Client {
  readonly doc = new Y.Doc();
  /** One view of the doc for all writes: building one reads every record. */
  private readonly board = new BoardDoc(this.doc);
  private marker = 0;
  private acked = 0;
  private readonly waiters: Array<() => void> = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageType.sync);
      syncProtocol.writeUpdate(encoder, update);
      socket.send(encoding.toUint8Array(encoder));
    });
  }

  addCard(observation: string): void {
    addCard(this.board, {
      observation,
      activity: 'lesson visit',
      keyQuestionIds: [],
      valence: 'strength',
      counterEvidence: false,
      authorId: 'seed',
      authorName: 'Seed',
      capturedAt: Date.now(),
    });
  }

  static async open(url: string): Promise<Client> {
    const socket = new WebSocket(url);
    const client = new Client(socket);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageType.sync);
    syncProtocol.writeSyncStep1(encoder, client.doc);
    socket.send(encoding.toUint8Array(encoder));
    await client.saved();
    return client;
  }

  private receive(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === messageType.sync) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, messageType.sync);
      syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
      if (encoding.length(reply) > 1) this.socket.send(encoding.toUint8Array(reply));
    } else if (type === messageType.ack) {
      this.acked = Math.max(this.acked, decoding.readVarUint(decoder));
      for (const resolve of this.waiters.splice(0)) resolve();
    }
  }

  /** Resolves once the relay says everything sent so far is stored. */
  async saved(): Promise<void> {
    const marker = ++this.marker;
    this.socket.send(encodeAckRequest(marker));
    while (this.acked < marker) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.socket.close();
  }
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return;
    await sleep(100);
  }
  throw new Error('the relay did not start');
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function quantile(values: number[], q: number): string {
  if (values.length === 0) return '–';
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(0);
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

// Last, so every class and function above is defined before either runs.
if (args.abuser) await abuse(args.abuser as Mode, args.url ?? '');
else await main();
