import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { encodeAckRequest, messageType, readMarker } from '@washup/shared/sync';
import type { Endpoint, RoomTarget } from './servers';

/**
 * A real client of one of the three servers: the stock `y-websocket` provider for Washup (as its
 * browser client uses) and for the y-websocket server, `@hocuspocus/provider` for Hocuspocus, each
 * with its own socket and its own Y.Doc.
 */

export interface ClientOptions {
  /** Read-only clients use Washup's observer invite; the anchors have no roles. */
  readOnly?: boolean;
  /** Drop the default presence state so the client sends no awareness unless told to. */
  quietPresence?: boolean;
}

type ProviderWebSocket = NonNullable<WebsocketProvider['ws']>;
/** The `ws` client stands in for the browser WebSocket; their surfaces match for the providers. */
const NodeWebSocket = WebSocket as unknown as typeof globalThis.WebSocket;

export class BenchClient {
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  readonly synced: Promise<void>;
  /** Established connections that dropped while the client was in use. */
  disconnects = 0;
  /** Washup only: the highest marker the relay has acknowledged as durably stored. */
  ackedMarker = 0;
  /** Hocuspocus only: sync-status replies ("applied") received for this client's updates. */
  confirmedUpdates = 0;
  onAck: ((marker: number) => void) | null = null;
  onConfirm: ((total: number) => void) | null = null;
  private nextMarker = 0;
  private destroyed = false;
  private isSynced = false;
  private readonly yws: WebsocketProvider | null = null;
  private readonly hocus: HocuspocusProvider | null = null;
  private readonly hocusSocket: HocuspocusProviderWebsocket | null = null;

  constructor(
    readonly endpoint: Endpoint,
    readonly room: RoomTarget,
    options: ClientOptions = {},
  ) {
    let markSynced!: () => void;
    this.synced = new Promise<void>((resolve) => (markSynced = resolve));
    const onSynced = (): void => {
      this.isSynced = true;
      markSynced();
    };
    if (endpoint.kind === 'hocuspocus') {
      let lastUnsynced = 0;
      // One socket per provider, as a browser tab with one document has.
      const socket = new HocuspocusProviderWebsocket({ url: endpoint.wsUrl, WebSocketPolyfill: WebSocket });
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: room.name,
        document: this.doc,
        onSynced: ({ state }) => {
          if (state) onSynced();
        },
        onUnsyncedChanges: ({ number }) => {
          // Each sync-status reply lowers the count by one; sends raise it.
          if (this.isSynced && number < lastUnsynced) {
            this.confirmedUpdates += lastUnsynced - number;
            this.onConfirm?.(this.confirmedUpdates);
          }
          lastUnsynced = number;
        },
        onDisconnect: () => this.dropped(),
      });
      provider.attach();
      if (!provider.awareness) throw new Error('the Hocuspocus provider has no awareness');
      this.awareness = provider.awareness;
      this.hocus = provider;
      this.hocusSocket = socket;
    } else {
      const token = options.readOnly ? room.readToken : room.writeToken;
      const provider = new WebsocketProvider(endpoint.wsUrl, room.name, this.doc, {
        WebSocketPolyfill: NodeWebSocket,
        disableBc: true,
        params: token ? { token } : {},
      });
      if (endpoint.kind === 'washup') {
        // Washup's own frames: the durable-storage ack and the server clock.
        provider.messageHandlers[messageType.ack] = (_encoder, decoder) => {
          const marker = readMarker(decoder);
          if (marker > this.ackedMarker) {
            this.ackedMarker = marker;
            this.onAck?.(marker);
          }
        };
        provider.messageHandlers[messageType.serverTime] = (_encoder, decoder) => {
          decoding.readFloat64(decoder);
        };
      }
      provider.on('sync', (state: boolean) => {
        if (state) onSynced();
      });
      provider.on('status', ({ status }: { status: string }) => {
        if (status === 'disconnected') this.dropped();
      });
      this.awareness = provider.awareness;
      this.yws = provider;
    }
    if (options.quietPresence) this.awareness.setLocalState(null);
  }

  private dropped(): void {
    if (!this.destroyed && this.isSynced) this.disconnects += 1;
  }

  get connected(): boolean {
    if (this.yws) return this.yws.wsconnected;
    return this.hocus?.isSynced ?? false;
  }

  /** Washup only: asks the relay to confirm all sent so far is stored; returns the marker (null if not connected). */
  requestAck(): number | null {
    const ws: ProviderWebSocket | null = this.yws?.ws ?? null;
    if (this.endpoint.kind !== 'washup' || !ws || !this.yws?.wsconnected || ws.readyState !== ws.OPEN) return null;
    const marker = ++this.nextMarker;
    ws.send(encodeAckRequest(marker));
    return marker;
  }

  /** Bytes queued on the socket but not yet written (y-websocket protocol clients only). */
  get bufferedAmount(): number {
    return this.yws?.ws?.bufferedAmount ?? 0;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.yws?.destroy();
    this.hocus?.destroy();
    this.hocusSocket?.destroy();
    this.doc.destroy();
  }
}

/** Resolves when `promise` does, or rejects after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Opens clients a few at a time (a burst of thousands of handshakes would mostly measure the
 * accept queue) and waits for each to sync. Returns the clients that synced and the failures.
 */
export async function openClients(
  specs: ReadonlyArray<{ room: RoomTarget; options?: ClientOptions }>,
  endpoint: Endpoint,
  concurrency: number,
  timeoutMs: number,
): Promise<{ clients: Array<BenchClient | null>; failed: number; errors: string[] }> {
  const clients: Array<BenchClient | null> = new Array<BenchClient | null>(specs.length).fill(null);
  let next = 0;
  let failed = 0;
  const errors: string[] = [];
  const deadline = Date.now() + timeoutMs;
  const lane = async (): Promise<void> => {
    while (next < specs.length && Date.now() < deadline) {
      const index = next++;
      const spec = specs[index];
      if (!spec) continue;
      const client = new BenchClient(endpoint, spec.room, spec.options);
      try {
        await within(client.synced, Math.max(1000, Math.min(30_000, deadline - Date.now())), 'sync');
        clients[index] = client;
      } catch (error) {
        failed += 1;
        if (errors.length < 5) errors.push(error instanceof Error ? error.message : String(error));
        client.destroy();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, specs.length)) }, () => lane()));
  failed += clients.filter((c, i) => c === null && i >= next).length;
  return { clients, failed, errors };
}
