import WebSocket from 'ws';
import { SeededRandom } from '../../support/seededRandom';
import { HostileFrames, type FrameMix } from './hostileFrames';

/** A socket address an abuser may use: a doc URL and the token it holds, named for the figures. */
export interface AbuseTarget {
  url: string;
  token: string;
  label: string;
}

export interface AbuseOptions {
  targets: AbuseTarget[];
  mix: FrameMix;
  sockets: number;
  /** Stop after this many frames in all, or at the deadline, whichever comes first. */
  frames: number;
  durationMs: number;
  seed: number;
  maxFrameBytes: number;
  /** Frames each connection sends at most before it hangs up and connects again. */
  framesPerConnection: number;
  /**
   * Loopback addresses the sockets connect from, spread over the sockets: abusers come from
   * addresses other than the well-behaved clients' 127.0.0.1, as they would in a room, so the
   * relay's per-address limits fall on them and not on the people they disturb.
   */
  sourceAddresses: string[];
}

export interface AbuseFigures {
  framesSent: number;
  bytesSent: number;
  elapsedMs: number;
  connections: number;
  /** Upgrades the relay refused, by HTTP status. */
  refused: Record<string, number>;
  /** Sockets the relay closed, by close code and reason (digits masked so reasons group). */
  closes: Record<string, number>;
  framesByKind: Record<string, number>;
}

/** Most bytes the pool lets pile up in one socket's send buffer before it waits for the relay. */
const sendBufferLimit = 1 << 20;

/**
 * Sockets that send hostile frames as fast as the relay takes them. A socket the relay closes
 * connects again, within the pool's bounds on frames, connections and time.
 */
export async function runAbusers(options: AbuseOptions): Promise<AbuseFigures> {
  const random = new SeededRandom(options.seed);
  const frames = new HostileFrames(random.fork(), options.maxFrameBytes);
  const started = Date.now();
  const deadline = started + options.durationMs;
  // Every connection sends at least one frame, so this bounds reconnects as well.
  const maxConnections = options.frames + options.sockets;
  const figures: AbuseFigures = { framesSent: 0, bytesSent: 0, elapsedMs: 0, connections: 0, refused: {}, closes: {}, framesByKind: {} };
  const more = () => figures.framesSent < options.frames && Date.now() < deadline && figures.connections < maxConnections;

  const abuser = async (socketRandom: SeededRandom, localAddress: string) => {
    while (more()) {
      const target = socketRandom.pick(options.targets);
      figures.connections += 1;
      const socket = new WebSocket(`${target.url}?token=${encodeURIComponent(target.token)}`, { localAddress });
      const outcome = await opened(socket);
      if (outcome !== 'open') {
        tally(figures.refused, outcome);
        await pause(socketRandom.int(20, 200));
        continue;
      }
      let closedBy: string | null = null;
      let hungUp = false;
      socket.once('close', (code, reason) => {
        // The relay's own close may cross our hang-up on the wire; only the echo of ours is not news.
        const echo = hungUp && (code === 1000 || code === 1005);
        if (!echo) closedBy = `${code} ${reason.toString().replace(/\d+/g, '#').slice(0, 80)}`;
      });
      const script = socketRandom.int(1, options.framesPerConnection);
      for (let i = 0; i < script && closedBy === null && socket.readyState === WebSocket.OPEN && more(); i++) {
        const frame = frames.next(socketRandom, options.mix);
        socket.send(frame.data, { binary: typeof frame.data !== 'string' });
        figures.framesSent += 1;
        figures.bytesSent += frame.data.length;
        tally(figures.framesByKind, frame.kind);
        if (socket.bufferedAmount > sendBufferLimit) await drained(socket, deadline);
        else if (i % 64 === 63) await pause(0);
      }
      if (closedBy === null && socket.readyState === WebSocket.OPEN) {
        // Give the relay a moment to answer or refuse what it got, then hang up.
        await pause(5);
        hungUp = true;
        socket.close(1000, 'done');
      }
      await closed(socket);
      if (closedBy !== null) tally(figures.closes, closedBy);
    }
  };
  const addresses = options.sourceAddresses;
  await Promise.all(Array.from({ length: options.sockets }, (_, i) => abuser(random.fork(), addresses[i % addresses.length] ?? '127.0.0.1')));
  figures.elapsedMs = Date.now() - started;
  return figures;
}

function opened(socket: WebSocket): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      socket.terminate();
      resolve('timeout');
    }, 10_000);
    socket.once('open', () => (clearTimeout(timer), resolve('open')));
    socket.once('unexpected-response', (_request, response) => {
      clearTimeout(timer);
      resolve(`HTTP ${response.statusCode}`);
      socket.terminate();
    });
    socket.once('error', (error) => (clearTimeout(timer), resolve(`error ${error.message.slice(0, 60)}`)));
  });
}

function closed(socket: WebSocket): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => (socket.terminate(), resolve()), 5_000);
    socket.once('close', () => (clearTimeout(timer), resolve()));
  });
}

async function drained(socket: WebSocket, deadline: number): Promise<void> {
  while (socket.bufferedAmount > sendBufferLimit / 4 && socket.readyState === WebSocket.OPEN && Date.now() < deadline) await pause(2);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
