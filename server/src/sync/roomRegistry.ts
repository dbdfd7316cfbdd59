import type { WebSocket } from 'ws';
import { boardDocOf, docName, migrateNarrative, type DocAddress } from '@washup/shared/board';
import { closeCode, type CloseCode } from '@washup/shared/sync';
import type { Metrics } from '../metrics';
import type { Storage } from '../storage/storage';
import { Connection, type ConnectionAccess } from './connection';
import { contained } from './contained';
import type { DocHistory } from './docHistory';
import type { TrafficLimits } from './frameBudget';
import { GroupCommit } from './groupCommit';
import { PeersUnavailable, type ControlEvent, type PeerBus } from './peerBus';
import { movePrivateLearningOut } from './privateLearningMove';
import { Room, serverOrigin, type RoomOptions, type RoomPreparation } from './room';
import { linkHolder } from '../auth/linkHolder';
import { TokenBudgets } from './tokenBudgets';

export interface RegistryOptions extends RoomOptions {
  roomIdleMs: number;
  maxBufferedBytes: number;
  maxFrameBytes: number;
  socketTraffic: TrafficLimits;
  tokenTraffic: TrafficLimits;
  presenceFramesPerSecond: number;
}

/**
 * How long a stopping relay spends encoding its rooms' snapshots: well inside the usual 10 s a
 * container is given to stop (a 5,000-card board takes about 70 ms), with the drain and the writes.
 */
const shutdownCompactionMs = 1_000;

/** The live rooms of this relay: loads a room on first use and unloads it once nobody needs it. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Rooms held open by the relay's own work (a command writing the relay doc), by name. */
  private readonly holds = new Map<string, number>();
  readonly commits: GroupCommit;
  private readonly tokenBudgets: TokenBudgets;
  private readonly relayDocListeners: Array<(boardId: string) => void> = [];

  constructor(
    private readonly storage: Storage,
    private readonly metrics: Metrics,
    private readonly options: RegistryOptions,
    private readonly peers: PeerBus | null = null,
    /** Restore points of the board docs. */
    private readonly boardHistory: DocHistory | null = null,
  ) {
    this.commits = new GroupCommit(storage, (_lastSeqs, count) => {
      metrics.updatesStored += count;
    });
    this.tokenBudgets = new TokenBudgets(options.tokenTraffic);
    peers?.onControl((event) => this.applyControl(event));
    peers?.onChange((change) => {
      for (const room of this.rooms.values()) {
        contained(options.log, `catching up ${room.name}`, () => (change.type === 'relayGone' ? room.peerGone(change.relay) : room.resync()));
      }
    });
  }

  private room(address: DocAddress): Room {
    const name = docName(address);
    const timer = this.unloadTimers.get(name);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(name);
    }
    let room = this.rooms.get(name);
    if (!room) {
      const created = new Room(name, address, this.storage, this.commits, this.metrics, this.options, (failed) =>
        this.drop(failed, closeCode.internalError, 'storage error, reconnecting'),
        this.peers,
        this.preparationOf(address),
        address.kind === 'board' ? this.boardHistory : null,
      );
      created.ready.then(
        () => {
          if (address.kind === 'relay') this.watchRelayDoc(created, address.boardId);
        },
        () => this.drop(created, closeCode.internalError, 'the board could not be loaded'),
      );
      this.rooms.set(name, created);
      room = created;
      this.metrics.roomsLoaded = this.rooms.size;
    }
    return room;
  }

  /**
   * A board doc moves out the reviewer learning it still holds from before private docs, and its
   * report text records into the narrative's texts; the other docs load as stored.
   */
  private preparationOf(address: DocAddress): RoomPreparation | null {
    switch (address.kind) {
      case 'board':
        return async (room) => {
          await movePrivateLearningOut(room, (at, work) => this.withRoom(at, work));
          room.change((doc) => migrateNarrative(boardDocOf(doc), serverOrigin));
        };
      case 'relay':
      case 'private':
        return null;
    }
  }

  /**
   * Told when this relay's copy of a board's relay doc (its session state) changes by any hand but
   * its own: loaded from storage, or written by another relay. What this relay writes itself, its
   * commands already know about.
   */
  onRelayDocFromElsewhere(listener: (boardId: string) => void): void {
    this.relayDocListeners.push(listener);
  }

  private watchRelayDoc(room: Room, boardId: string): void {
    const tell = () => {
      for (const listener of this.relayDocListeners) contained(this.options.log, `after a change to ${room.name}`, () => listener(boardId));
    };
    room.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== serverOrigin) tell();
    });
    tell();
  }

  connect(socket: WebSocket, address: DocAddress, access: ConnectionAccess): Connection {
    this.metrics.socketsOpen += 1;
    const { maxBufferedBytes, maxFrameBytes, socketTraffic, presenceFramesPerSecond } = this.options;
    const limits = { maxBufferedBytes, maxFrameBytes, socket: socketTraffic, presenceFramesPerSecond };
    const token = linkHolder(address.boardId, access);
    return new Connection(socket, this.room(address), access, this.metrics, limits, this.tokenBudgets.acquire(token), this.options.log, (closed) => {
      this.metrics.socketsOpen -= 1;
      this.tokenBudgets.release(token);
      this.scheduleUnload(closed.room);
    });
  }

  /** Runs relay-side work on a loaded room (loading it if needed) and lets it unload afterwards. */
  async withRoom<T>(address: DocAddress, work: (room: Room) => T): Promise<T> {
    const room = this.room(address);
    this.holds.set(room.name, (this.holds.get(room.name) ?? 0) + 1);
    try {
      await room.ready;
      return work(room);
    } finally {
      const remaining = (this.holds.get(room.name) ?? 1) - 1;
      if (remaining > 0) this.holds.set(room.name, remaining);
      else this.holds.delete(room.name);
      this.scheduleUnload(room);
    }
  }

  private scheduleUnload(room: Room): void {
    if (room.members.size > 0 || this.holds.has(room.name) || this.rooms.get(room.name) !== room) return;
    if (this.unloadTimers.has(room.name)) return;
    this.unloadTimers.set(
      room.name,
      setTimeout(() => {
        this.unloadTimers.delete(room.name);
        contained(this.options.log, `unloading ${room.name}`, () => {
          if (room.members.size > 0 || this.holds.has(room.name)) return;
          void room.compact();
          this.drop(room, closeCode.goingAway, 'room unloaded');
        });
      }, this.options.roomIdleMs),
    );
  }

  private drop(room: Room, code: CloseCode, reason: string): void {
    if (this.rooms.get(room.name) !== room) return;
    this.rooms.delete(room.name);
    const timer = this.unloadTimers.get(room.name);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(room.name);
    room.closeAll(code, reason);
    room.destroy();
    this.metrics.roomsLoaded = this.rooms.size;
  }

  /** Throws PeersUnavailable while the other relays cannot be told of a change at once (before it is made). */
  requirePeers(): void {
    const health = this.peers?.health();
    if (health && !health.ok) throw new PeersUnavailable(health.since);
  }

  /** The board was deleted: its sockets close here and on every other relay. */
  closeBoard(boardId: string): void {
    const event: ControlEvent = { type: 'boardDeleted', boardId };
    this.applyControl(event);
    this.peers?.publishControl(event);
  }

  /** A participant was removed: their sockets close here and on every other relay. */
  closeParticipant(boardId: string, participantId: string): void {
    const event: ControlEvent = { type: 'participantRemoved', boardId, participantId };
    this.applyControl(event);
    this.peers?.publishControl(event);
  }

  private applyControl(event: ControlEvent): void {
    for (const room of Array.from(this.rooms.values())) {
      if (room.address.boardId !== event.boardId) continue;
      if (event.type === 'boardDeleted') {
        this.drop(room, closeCode.boardDeleted, 'this board was deleted');
        continue;
      }
      for (const member of Array.from(room.members)) {
        if (member.participantId === event.participantId) member.close(closeCode.participantRemoved, 'you were removed from this board');
      }
    }
  }

  get loadedRooms(): number {
    return this.rooms.size;
  }

  /** Closes every sync socket with the code that tells a client the relay is restarting (it reconnects). */
  closeForRestart(): void {
    for (const room of this.rooms.values()) room.closeAll(closeCode.serverRestart, 'relay restarting');
  }

  /**
   * Closes every socket, waits for queued appends to land, and compacts the rooms with the most rows
   * first for as long as `shutdownCompactionMs` of encoding allows, so that after a restart those
   * boards load from their snapshot alone (the others load from their logs, as before).
   */
  async shutdown(): Promise<void> {
    const rooms = Array.from(this.rooms.values());
    this.closeForRestart();
    await this.commits.drained();
    const compactions: Promise<void>[] = [];
    const started = performance.now();
    for (const room of rooms.sort((a, b) => b.rowsToCompact - a.rowsToCompact)) {
      if (room.rowsToCompact === 0 || performance.now() - started > shutdownCompactionMs) break;
      compactions.push(room.compact());
    }
    for (const room of rooms) this.drop(room, closeCode.serverRestart, 'relay restarting');
    await Promise.all(compactions);
    await this.peers?.close();
  }
}
