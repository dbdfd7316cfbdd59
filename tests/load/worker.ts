import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { benchMapName, cardsArrayName, isCardEntry, loadedMarkerKey, makeCard, readHistoryFile, seededRandom, wallNow, writeCard, type BenchCard, type CardEntry } from './board';
import { BenchClient, openClients, within } from './clients';
import type {
  Commands,
  CommandName,
  CyclesArgs,
  CyclesResult,
  DurabilityStartArgs,
  DurabilityStopResult,
  EditConnectArgs,
  EditConnectResult,
  EditRunArgs,
  EditRunResult,
  IdleOpenArgs,
  JoinArgs,
  JoinResult,
  LoadArgs,
  LoadResult,
  ReadArgs,
  WorkerRequest,
  WorkerResponse,
} from './protocol';

/**
 * A client worker: a Node process of its own holding many real clients, driven by the
 * orchestrator (tests/load/bench.ts) over IPC. Every loop here has a count cap and a deadline.
 */

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const random = seededRandom(process.pid);

class Samples {
  readonly values: Float64Array;
  count = 0;
  total = 0;
  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
  }
  add(value: number): void {
    this.total += 1;
    if (this.count < this.values.length) this.values[this.count++] = value;
  }
  taken(): Float64Array {
    return this.values.slice(0, this.count);
  }
}

// ---------------------------------------------------------------- edits (fan-out and hot room)

interface EditMember {
  client: BenchClient;
  spec: EditClientSpecLike;
  card: BenchCard | null;
}
type EditClientSpecLike = EditConnectArgs['clients'][number];

let edit: {
  members: EditMember[];
  window: { from: number; to: number } | null;
  edits: Samples;
  awareness: Samples;
  maxBySecond: number[];
} | null = null;

async function editConnect(args: EditConnectArgs): Promise<EditConnectResult> {
  const started = performance.now();
  const opened = await openClients(
    args.clients.map((spec) => ({ room: spec.room, options: { readOnly: !spec.editor } })),
    args.endpoint,
    args.concurrency,
    args.timeoutMs,
  );
  const state = {
    members: [] as EditMember[],
    window: null as { from: number; to: number } | null,
    edits: new Samples(1),
    awareness: new Samples(1),
    maxBySecond: [] as number[],
  };
  opened.clients.forEach((client, index) => {
    const spec = args.clients[index];
    if (!client || !spec) return;
    const member: EditMember = { client, spec, card: null };
    state.members.push(member);
    client.doc.getArray<CardEntry>(cardsArrayName).observe((event, transaction) => {
      const window = state.window;
      if (transaction.local || !window) return;
      const now = wallNow();
      for (const item of event.changes.added) {
        for (const value of item.content.getContent()) {
          if (!isCardEntry(value)) continue;
          const t = value.val.t;
          if (t < window.from || t > window.to) continue;
          const latency = now - t;
          state.edits.add(latency);
          const second = Math.floor((t - window.from) / 1000);
          if (!(latency <= (state.maxBySecond[second] ?? 0))) state.maxBySecond[second] = latency;
        }
      }
    });
    client.awareness.on('change', ({ added, updated }: { added: number[]; updated: number[]; removed: number[] }) => {
      const window = state.window;
      if (!window) return;
      const now = wallNow();
      const states = client.awareness.getStates();
      for (const id of [...added, ...updated]) {
        if (id === client.doc.clientID) continue;
        const t: unknown = states.get(id)?.t;
        if (typeof t === 'number' && t >= window.from && t <= window.to) state.awareness.add(now - t);
      }
    });
  });
  // Each editor creates its own card before the clock starts: the timed writes are edits.
  for (const [index, member] of state.members.entries()) {
    if (!member.spec.editor) continue;
    member.card = makeCard(`c-${process.pid}-${index}`, `r${index}`, random, 1, 0);
    writeCard(member.client.doc, member.card);
  }
  edit = state;
  return { connected: state.members.length, failed: opened.failed, errors: opened.errors, ms: performance.now() - started };
}

async function editRun(args: EditRunArgs): Promise<EditRunResult> {
  const state = edit;
  if (!state) throw new Error('edit.connect first');
  state.edits = new Samples(args.maxSamples);
  state.awareness = new Samples(args.maxSamples);
  state.maxBySecond = new Array<number>(Math.ceil(args.seconds)).fill(0);
  const editors = state.members.filter((m) => m.spec.editor && m.card);
  const maxRoom = Math.max(0, ...state.members.map((m) => m.spec.roomIndex));
  const sentPerRoom = new Array<number>(maxRoom + 1).fill(0);
  const durationMs = args.seconds * 1000;
  const maxEdits = Math.ceil(args.editRate * args.seconds);
  const maxAwareness = Math.ceil(args.awarenessRate * args.seconds);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const disconnectsBefore = state.members.reduce((n, m) => n + m.client.disconnects, 0);
  let editsDue = 0;
  let awarenessDue = 0;
  let awarenessSent = 0;
  let sendLagMaxMs = 0;

  await sleep(args.startAt - wallNow());
  state.window = { from: args.startAt, to: args.startAt + durationMs };
  loop.enable();
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const elapsed = wallNow() - args.startAt;
      if (elapsed >= durationMs || editors.length === 0) {
        clearInterval(timer);
        resolve();
        return;
      }
      const targetEdits = Math.min(maxEdits, Math.floor((elapsed / 1000) * args.editRate));
      while (editsDue < targetEdits) {
        const member = editors[editsDue % editors.length];
        const scheduled = args.startAt + (editsDue / args.editRate) * 1000;
        editsDue += 1;
        if (!member?.card || !member.client.connected) continue;
        const now = wallNow();
        sendLagMaxMs = Math.max(sendLagMaxMs, now - scheduled);
        const card: BenchCard = { ...member.card, version: member.card.version + 1, observation: `${member.card.observation.slice(0, 160)} ·`, t: now };
        member.card = card;
        writeCard(member.client.doc, card);
        sentPerRoom[member.spec.roomIndex] = (sentPerRoom[member.spec.roomIndex] ?? 0) + 1;
      }
      const targetAwareness = Math.min(maxAwareness, Math.floor((elapsed / 1000) * args.awarenessRate));
      while (awarenessDue < targetAwareness) {
        const member = editors[awarenessDue % editors.length];
        awarenessDue += 1;
        if (!member?.client.connected) continue;
        member.client.awareness.setLocalState({
          user: { name: member.card?.authorName ?? 'editor' },
          cursor: { x: Math.round(random() * 1600), y: Math.round(random() * 900) },
          t: wallNow(),
        });
        awarenessSent += 1;
      }
    };
    const timer = setInterval(tick, 4);
  });
  // Late receipts still count until they stop coming (1.5 s without one) or the drain cap passes;
  // what has not come by then is missing.
  const drainEnd = Date.now() + args.drainMs;
  let lastCount = -1;
  let quietSince = Date.now();
  while (Date.now() < drainEnd) {
    await sleep(100);
    const count = state.edits.total + state.awareness.total;
    if (count !== lastCount) {
      lastCount = count;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= 1500) {
      break;
    }
  }
  state.window = null;
  loop.disable();
  const disconnects = state.members.reduce((n, m) => n + m.client.disconnects, 0) - disconnectsBefore;
  return {
    sentPerRoom,
    awarenessSent,
    editLatencies: state.edits.taken(),
    maxBySecond: state.maxBySecond,
    awarenessLatencies: state.awareness.taken(),
    editReceipts: state.edits.total,
    awarenessReceipts: state.awareness.total,
    disconnects,
    connectedAtEnd: state.members.filter((m) => m.client.connected).length,
    clients: state.members.length,
    loopDelayP99Ms: loop.percentile(99) / 1e6,
    sendLagMaxMs,
  };
}

function editClose(): { closed: number } {
  const closed = edit?.members.length ?? 0;
  for (const member of edit?.members ?? []) member.client.destroy();
  edit = null;
  return { closed };
}

// ---------------------------------------------------------------- durability

let durability: {
  writer: BenchClient;
  observer: BenchClient;
  stop: boolean;
  written: string[];
  signalled: number;
  observed: Set<string>;
  writing: Promise<void>;
} | null = null;

async function durabilityStart(args: DurabilityStartArgs): Promise<{ synced: boolean }> {
  const writer = new BenchClient(args.endpoint, args.room, { quietPresence: true });
  const observer = new BenchClient(args.endpoint, args.room, { readOnly: true, quietPresence: true });
  await within(Promise.all([writer.synced, observer.synced]), 20_000, 'durability clients syncing');
  const state = {
    writer,
    observer,
    stop: false,
    written: [] as string[],
    signalled: 0,
    observed: new Set<string>(),
    writing: Promise.resolve(),
  };
  const prefix = `${args.round}:`;
  observer.doc.getArray<string>('writes').observe((event) => {
    for (const item of event.changes.added) {
      // Only this round's values: earlier rounds' may arrive late on a server that loads after the handshake.
      for (const value of item.content.getContent()) if (typeof value === 'string' && value.startsWith(prefix)) state.observed.add(value);
    }
  });
  // Which written value each ack marker covers (Washup); Hocuspocus confirms updates in order.
  const markerCovers = new Map<number, number>();
  writer.onAck = (marker) => {
    for (const [m, count] of markerCovers) {
      if (m > marker) continue;
      state.signalled = Math.max(state.signalled, count);
      markerCovers.delete(m);
    }
  };
  writer.onConfirm = (total) => {
    state.signalled = Math.max(state.signalled, Math.min(total, state.written.length));
  };
  const list = writer.doc.getArray<string>('writes');
  const deadline = Date.now() + args.maxMs;
  state.writing = (async () => {
    for (let i = 0; !state.stop && i < args.maxWrites && Date.now() < deadline; i++) {
      if (!writer.connected) break;
      const value = `${args.round}:${i}`;
      list.push([value]);
      state.written.push(value);
      const marker = writer.requestAck();
      if (marker !== null) markerCovers.set(marker, state.written.length);
      // Let the socket and the server breathe every few writes, as typing would.
      if (i % 5 === 4) await sleep(1);
    }
  })();
  durability = state;
  return { synced: true };
}

async function durabilityStop(): Promise<DurabilityStopResult> {
  const state = durability;
  if (!state) throw new Error('durability.start first');
  state.stop = true;
  // Destroy at once: a provider that reconnected to the restarted server would resend what was lost.
  state.writer.destroy();
  state.observer.destroy();
  await within(state.writing, 10_000, 'stopping the writer');
  durability = null;
  const kind = state.writer.endpoint.kind;
  const signalled = kind === 'y-websocket' ? [] : state.written.slice(0, state.signalled);
  return { written: state.written.length, signalled, observed: Array.from(state.observed) };
}

async function readValues(args: ReadArgs): Promise<{ values: string[] }> {
  const reader = new BenchClient(args.endpoint, args.room, { readOnly: true, quietPresence: true });
  try {
    await within(reader.synced, args.timeoutMs, 'reader syncing');
    // y-websocket answers the handshake before its LevelDB state is applied; wait until the doc is still.
    const list = reader.doc.getArray<string>('writes');
    const deadline = Date.now() + args.timeoutMs;
    let length = list.length;
    let stableSince = Date.now();
    while (Date.now() < deadline && Date.now() - stableSince < args.settleMs) {
      await sleep(50);
      if (list.length !== length) {
        length = list.length;
        stableSince = Date.now();
      }
    }
    return { values: list.toArray() };
  } finally {
    reader.destroy();
  }
}

// ---------------------------------------------------------------- cold join

async function waitFor(condition: () => boolean, timeoutMs: number, what: string, pollMs = 5): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what}: no result within ${timeoutMs} ms`);
    await sleep(pollMs);
  }
}

async function coldLoad(args: LoadArgs): Promise<LoadResult> {
  const history = readHistoryFile(args.historyFile);
  const loader = new BenchClient(args.endpoint, args.room, { quietPresence: true });
  const observer = new BenchClient(args.endpoint, args.room, { readOnly: true, quietPresence: true });
  try {
    await within(Promise.all([loader.synced, observer.synced]), 30_000, 'loader syncing');
    const started = performance.now();
    const deadline = Date.now() + args.timeoutMs;
    let bytes = 0;
    for (let i = 0; i < history.updates.length; i += args.chunk) {
      if (Date.now() > deadline) throw new Error(`loading took over ${args.timeoutMs} ms`);
      for (const update of history.updates.slice(i, i + args.chunk)) {
        Y.applyUpdate(loader.doc, update, 'history');
        bytes += update.byteLength;
      }
      // Flow control: the observer has everything this chunk wrote, so the server has handled it.
      const target = Y.getState(loader.doc.store, history.clientId);
      await waitFor(() => Y.getState(observer.doc.store, history.clientId) >= target, Math.max(1, deadline - Date.now()), 'relay of a chunk');
    }
    let acknowledged = false;
    const marker = loader.requestAck();
    if (marker !== null) {
      await waitFor(() => loader.ackedMarker >= marker, Math.max(1, deadline - Date.now()), 'the final ack', 10);
      acknowledged = true;
    }
    return { updates: history.updates.length, bytes, ms: performance.now() - started, acknowledged };
  } finally {
    loader.destroy();
    observer.destroy();
  }
}

const joined: BenchClient[] = [];

async function coldJoin(args: JoinArgs): Promise<JoinResult> {
  const started = wallNow();
  const client = new BenchClient(args.endpoint, args.room, { readOnly: true });
  joined.push(client);
  let syncedAt = Number.NaN;
  void client.synced.then(() => (syncedAt = wallNow()));
  const cards = client.doc.getArray<CardEntry>(cardsArrayName);
  const bench = client.doc.getMap(benchMapName);
  const complete = (): boolean => !Number.isNaN(syncedAt) && bench.get(loadedMarkerKey) === args.marker && cards.length >= args.expectCards;
  let finished = Number.NaN;
  try {
    await waitFor(complete, args.timeoutMs, 'cold join', 1);
    finished = wallNow();
  } catch {
    // reported as incomplete below
  }
  const distinct = new Set(cards.toArray().map((entry) => entry.key)).size;
  return {
    ms: finished - started,
    syncedEventMs: syncedAt - started,
    cards: distinct,
    complete: !Number.isNaN(finished) && distinct === args.expectCards,
  };
}

function coldLeave(): { closed: number } {
  const closed = joined.length;
  for (const client of joined.splice(0)) client.destroy();
  return { closed };
}

// ---------------------------------------------------------------- idle cost

const idle: BenchClient[] = [];

async function idleOpen(args: IdleOpenArgs): Promise<{ opened: number; failed: number; errors: string[] }> {
  const opened = await openClients(args.rooms.map((room) => ({ room })), args.endpoint, args.concurrency, args.timeoutMs);
  for (const client of opened.clients) if (client) idle.push(client);
  return { opened: opened.clients.filter(Boolean).length, failed: opened.failed, errors: opened.errors };
}

function idleClose(): { closed: number } {
  const closed = idle.length;
  for (const client of idle.splice(0)) client.destroy();
  return { closed };
}

async function cycles(args: CyclesArgs): Promise<CyclesResult> {
  const started = performance.now();
  const deadline = Date.now() + args.timeoutMs;
  let next = 0;
  let done = 0;
  let failed = 0;
  const errors: string[] = [];
  const lane = async (): Promise<void> => {
    while (next < args.cycles && Date.now() < deadline) {
      const index = next++;
      const room = args.rooms[index % args.rooms.length];
      if (!room) break;
      const client = new BenchClient(args.endpoint, room);
      try {
        await within(client.synced, 15_000, 'sync');
        done += 1;
      } catch (error) {
        failed += 1;
        if (errors.length < 5) errors.push(error instanceof Error ? error.message : String(error));
      } finally {
        client.destroy();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, args.concurrency) }, () => lane()));
  return { done, failed: failed + (args.cycles - next), ms: performance.now() - started, errors };
}

// ---------------------------------------------------------------- IPC

const handlers: { [K in CommandName]: (args: Commands[K]['args']) => Promise<Commands[K]['result']> | Commands[K]['result'] } = {
  'edit.connect': editConnect,
  'edit.run': editRun,
  'edit.close': editClose,
  'durability.start': durabilityStart,
  'durability.stop': durabilityStop,
  'durability.read': readValues,
  'cold.load': coldLoad,
  'cold.join': coldJoin,
  'cold.leave': coldLeave,
  'idle.open': idleOpen,
  'idle.close': idleClose,
  'cycles.run': cycles,
};

async function handle<K extends CommandName>(request: WorkerRequest<K>): Promise<Commands[K]['result']> {
  const handler = handlers[request.cmd] as (args: Commands[K]['args']) => Promise<Commands[K]['result']> | Commands[K]['result'];
  return handler(request.args);
}

function reply(response: WorkerResponse): void {
  process.send?.(response);
}

let reportedErrors = 0;
function logError(what: string, error: unknown): void {
  // A killed server makes sockets fail in bursts; a few lines say enough.
  if (reportedErrors++ < 5) console.error(`[worker ${process.pid}] ${what}:`, error instanceof Error ? error.message : error);
}
// Every y-websocket provider listens for process exit; thousands of them are expected here.
process.setMaxListeners(0);
process.on('uncaughtException', (error) => logError('uncaught', error));
process.on('unhandledRejection', (error) => logError('unhandled rejection', error));
process.on('disconnect', () => process.exit(0));
process.on('message', (message: unknown) => {
  const request = message as WorkerRequest;
  handle(request).then(
    (value) => reply({ id: request.id, ok: true, value }),
    (error: unknown) => reply({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
reply({ id: 0, ok: true, value: 'ready' });
