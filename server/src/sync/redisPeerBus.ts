import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../logger';
import type { ControlEvent, PeerBus, PeerHandler, PeerMessageKind } from './peerBus';

const relayIdBytes = 16;
const kinds: readonly PeerMessageKind[] = ['update', 'awareness'];
const controlChannel = 'washup:control';
const docChannel = (docName: string) => `washup:doc:${docName}`;

/**
 * Redis pub/sub between relays. A message is this relay's random id, one kind byte, then the
 * payload, so a relay ignores the echo of its own messages.
 */
export class RedisPeerBus implements PeerBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly relayId = randomBytes(relayIdBytes);
  private readonly handlers = new Map<string, PeerHandler>();
  private readonly controlHandlers: Array<(event: ControlEvent) => void> = [];
  private readonly ready: Promise<void>;

  constructor(
    url: string,
    private readonly log: Logger,
  ) {
    this.publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: null });
    this.subscriber = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: null });
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
    this.ready = this.subscriber.subscribe(controlChannel).then(() => undefined);
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.log.error({ err: error }, 'redis connection failed'));
    }
  }

  private receive(channel: string, message: Buffer): void {
    if (message.length < relayIdBytes + 1 || message.subarray(0, relayIdBytes).equals(this.relayId)) return;
    const body = message.subarray(relayIdBytes + 1);
    if (channel === controlChannel) {
      const event = JSON.parse(body.toString()) as ControlEvent;
      for (const handler of this.controlHandlers) handler(event);
      return;
    }
    const kind = kinds[message[relayIdBytes] ?? -1];
    const handler = this.handlers.get(channel.slice('washup:doc:'.length));
    if (kind && handler) handler(kind, new Uint8Array(body));
  }

  async subscribe(docName: string, handler: PeerHandler): Promise<void> {
    await this.ready;
    this.handlers.set(docName, handler);
    await this.subscriber.subscribe(docChannel(docName));
  }

  async unsubscribe(docName: string): Promise<void> {
    this.handlers.delete(docName);
    await this.subscriber.unsubscribe(docChannel(docName));
  }

  publish(docName: string, kind: PeerMessageKind, payload: Uint8Array): void {
    this.send(docChannel(docName), kinds.indexOf(kind), payload);
  }

  onControl(handler: (event: ControlEvent) => void): void {
    this.controlHandlers.push(handler);
  }

  publishControl(event: ControlEvent): void {
    this.send(controlChannel, 0, Buffer.from(JSON.stringify(event)));
  }

  private send(channel: string, kind: number, payload: Uint8Array): void {
    const message = Buffer.concat([this.relayId, Buffer.from([kind]), payload]);
    this.publisher.publish(channel, message).catch((error: Error) => this.log.error({ err: error }, 'redis publish failed'));
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}
