import { randomBytes } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger';
import { readVersioned, stampVersion } from '@washup/shared/records';
import { controlEventKind, type ControlEvent, type PeerBus, type PeerChange, type PeerHandler, type PeerHealth, type PeerMessageKind } from './peerBus';

const relayIdBytes = 16;
const kinds: readonly PeerMessageKind[] = ['update', 'awareness', 'presenceQuery'];
const controlChannel = 'washup:control';
const heartbeatChannel = 'washup:relays';
const docPrefix = 'washup:doc:';
const docChannel = (docName: string) => docPrefix + docName;
/** Every relay says it is alive this often; one silent for `goneAfterMs` is taken for dead. */
const heartbeatMs = 1_000;
const goneAfterMs = 3_500;

/**
 * Commands are never queued while Redis is unreachable: a publish is dropped (the resync after the
 * outage makes up for it) and a subscription is made when the connection is back, so nothing waits
 * on Redis. Reconnection is tried again every second at most.
 */
const connectionOptions: RedisOptions = {
  lazyConnect: false,
  enableOfflineQueue: false,
  autoResubscribe: false,
  autoResendUnfulfilledCommands: false,
  maxRetriesPerRequest: 1,
  retryStrategy: (attempt: number) => Math.min(attempt * 200, 1_000),
};

interface KnownRelay {
  lastSeen: number;
  /** How many times its publishing connection (re)connected: a change means its messages may have been lost meanwhile. */
  incarnation: number;
  gone: boolean;
}

/**
 * Redis pub/sub between relays. A message is the sender's random id, one kind byte, then the
 * payload, so a relay ignores the echo of its own messages and knows whose presence it carries.
 * Heartbeats on their own channel tell each relay which others are alive.
 */
export class RedisPeerBus implements PeerBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly relayId = randomBytes(relayIdBytes);
  private readonly handlers = new Map<string, PeerHandler>();
  private readonly controlHandlers: Array<(event: ControlEvent) => void> = [];
  private readonly changeHandlers: Array<(change: PeerChange) => void> = [];
  private readonly relays = new Map<string, KnownRelay>();
  private subscribed = false;
  private incarnation = 0;
  private downSince: number | null = Date.now();
  private lastError: Error | null = null;
  private connectedBefore = false;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    url: string,
    private readonly log: Logger,
  ) {
    this.publisher = new Redis(url, connectionOptions);
    this.subscriber = new Redis(url, connectionOptions);
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
    this.subscriber.on('ready', () => void this.subscribeAll());
    this.publisher.on('ready', () => {
      this.incarnation += 1;
      this.noteHealth();
    });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('close', () => {
        if (client === this.subscriber) this.subscribed = false;
        this.noteHealth();
      });
      // Every failed reconnection attempt reports an error (unhandled, it would end the relay); the
      // outage itself is logged once, by noteHealth.
      client.on('error', (error: Error) => (this.lastError = error));
    }
    this.heartbeat = setInterval(() => this.beat(), heartbeatMs);
    this.heartbeat.unref();
  }

  /** On every (re)connection: the channels of every loaded room, then a resync, since messages sent meanwhile were lost. */
  private async subscribeAll(): Promise<void> {
    const channels = [controlChannel, heartbeatChannel, ...Array.from(this.handlers.keys(), docChannel)];
    try {
      await this.subscriber.subscribe(...channels);
    } catch {
      // The connection dropped again; its next 'ready' tries again.
      return;
    }
    // Rooms that subscribed while this was under way.
    const late = Array.from(this.handlers.keys(), docChannel).filter((channel) => !channels.includes(channel));
    if (late.length > 0) await this.subscriber.subscribe(...late).catch(() => undefined);
    this.subscribed = true;
    // Relays were silent to us while we could not hear them: count them alive from now.
    for (const relay of this.relays.values()) relay.lastSeen = Date.now();
    this.noteHealth();
    this.emit({ type: 'resync' });
  }

  private noteHealth(): void {
    const up = this.subscribed && this.publisher.status === 'ready';
    if (up && this.downSince !== null) {
      this.downSince = null;
      if (this.connectedBefore) this.log.warn({}, 'redis connection is back: open boards catch up with the database');
      this.connectedBefore = true;
    } else if (!up && this.downSince === null) {
      this.downSince = Date.now();
      this.log.warn({ err: this.lastError }, 'redis cannot be reached: edits reach other relays only once it is back');
    }
  }

  health(): PeerHealth {
    if (this.downSince === null) return { ok: true };
    return {
      ok: false,
      message: 'Redis cannot be reached: this relay cannot pass edits to the other relays, nor hear theirs, until it is back',
      since: new Date(this.downSince).toISOString(),
    };
  }

  private beat(): void {
    if (this.publisher.status === 'ready') {
      const incarnation = Buffer.alloc(4);
      incarnation.writeUInt32BE(this.incarnation);
      this.send(heartbeatChannel, 0, incarnation);
    }
    if (!this.subscribed) return;
    const now = Date.now();
    for (const [relay, known] of this.relays) {
      if (known.gone || now - known.lastSeen < goneAfterMs) continue;
      known.gone = true;
      this.emit({ type: 'relayGone', relay });
    }
  }

  /** Any message proves its sender alive; a relay back from silence, or reconnected, may have messages we lost. */
  private heardFrom(relay: string, incarnation: number | null): void {
    const known = this.relays.get(relay);
    if (!known) {
      this.relays.set(relay, { lastSeen: Date.now(), incarnation: incarnation ?? 0, gone: false });
      return;
    }
    known.lastSeen = Date.now();
    const reconnected = incarnation !== null && incarnation !== known.incarnation;
    if (incarnation !== null) known.incarnation = incarnation;
    if (known.gone || reconnected) {
      known.gone = false;
      this.emit({ type: 'resync' });
    }
  }

  private receive(channel: string, message: Buffer): void {
    if (message.length < relayIdBytes + 1 || message.subarray(0, relayIdBytes).equals(this.relayId)) return;
    const relay = message.subarray(0, relayIdBytes).toString('hex');
    const body = message.subarray(relayIdBytes + 1);
    if (channel === heartbeatChannel) {
      this.heardFrom(relay, body.length >= 4 ? body.readUInt32BE(0) : null);
      return;
    }
    this.heardFrom(relay, null);
    if (channel === controlChannel) {
      const reading = readVersioned(controlEventKind, parsedJson(body));
      if (!reading.ok) {
        this.log.error({ problem: reading.problem }, 'a peer relay sent an unreadable control event; it is ignored');
        return;
      }
      for (const handler of this.controlHandlers) handler(reading.value);
      return;
    }
    const kind = kinds[message[relayIdBytes] ?? -1];
    const handler = this.handlers.get(channel.slice(docPrefix.length));
    if (kind && handler) handler(kind, new Uint8Array(body), relay);
  }

  async subscribe(docName: string, handler: PeerHandler): Promise<void> {
    this.handlers.set(docName, handler);
    if (!this.subscribed) return;
    try {
      await this.subscriber.subscribe(docChannel(docName));
    } catch {
      // Lost with the connection: subscribeAll subscribes it again and a resync follows.
    }
  }

  async unsubscribe(docName: string): Promise<void> {
    this.handlers.delete(docName);
    if (this.subscribed) await this.subscriber.unsubscribe(docChannel(docName)).catch(() => undefined);
  }

  publish(docName: string, kind: PeerMessageKind, payload: Uint8Array): void {
    this.send(docChannel(docName), kinds.indexOf(kind), payload);
  }

  onControl(handler: (event: ControlEvent) => void): void {
    this.controlHandlers.push(handler);
  }

  publishControl(event: ControlEvent): void {
    this.send(controlChannel, 0, Buffer.from(JSON.stringify(stampVersion(controlEventKind, event))));
  }

  onChange(handler: (change: PeerChange) => void): void {
    this.changeHandlers.push(handler);
  }

  private emit(change: PeerChange): void {
    for (const handler of this.changeHandlers) handler(change);
  }

  private send(channel: string, kind: number, payload: Uint8Array): void {
    if (this.publisher.status !== 'ready') return;
    const message = Buffer.concat([this.relayId, Buffer.from([kind]), payload]);
    // A publish lost with the connection is made up for by the resync when it is back.
    this.publisher.publish(channel, message).catch(() => undefined);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}

/** The JSON in a message, or undefined when it is none (which then fails the kind's schema). */
function parsedJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString()) as unknown;
  } catch {
    return undefined;
  }
}
