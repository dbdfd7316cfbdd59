import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { canFacilitate } from '@washup/shared/auth';
import { boardDocRules, privateDocRules, type DocAddress, type DocContentRules } from '@washup/shared/board';
import type { PresenceSender } from '@washup/shared/presence';
import type { CloseCode } from '@washup/shared/sync';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { Storage } from '../storage/storage';
import { applyStoredDoc } from '../storage/storedDoc';
import { contained } from './contained';
import type { DocHistory } from './docHistory';
import type { GroupCommit } from './groupCommit';
import { readAwarenessEntries } from './awarenessEntries';
import { awarenessMessage, syncUpdateMessage } from './outgoing';
import type { PeerBus, PeerMessageKind } from './peerBus';
import { PresenceGuard } from './presenceGuard';
import { presenceHoldMs, presenceMemberFramesPerSecond, presenceSent, quietPresence, type PresencePacing, type PresencePacingRule } from './presencePacing';
import { StateAnswers } from './stateAnswers';
import { refuseInvalidRecords } from './updateGuard';
import { refuseCardRemovalsByOthers } from './updateRemovals';

/** Anyone in a room who can be sent frames: a socket here, or a peer relay later. */
export interface RoomMember {
  send(frame: Uint8Array): void;
  close(code: CloseCode, reason: string): void;
  readonly participantId: string | null;
  /** Who the token says is on the other end: presence is bound to it. */
  readonly access: PresenceSender;
}

const loadOrigin = Symbol('load');
/** A rewrite of the stored doc while it loads: stored by `rewriteStored` itself, once it is safe to. */
const rewriteOrigin = Symbol('rewrite');
/** Writes that arrive from another relay: already stored by the relay that received them (it publishes only then). */
const peerOrigin = Symbol('peer');
/** Writes read back from storage to catch up: stored already, and published by whoever stored them. */
const storageOrigin = Symbol('storage');
/** Presence entries one message from a peer relay may carry: every person on a board, with room to spare. */
const maxPeerPresenceEntries = 100_000;
/** How soon a catch-up that failed (the database is unreachable) is tried again. */
const catchUpRetryMs = 1_000;
/** The origin of writes the relay itself makes (the relay doc, which only the server writes). */
export const serverOrigin = Symbol('server');

/** Work on a loaded doc before anyone is served from it (the relay moving old content out). */
export type RoomPreparation = (room: Room) => Promise<void>;

/** What clients may write to a doc; null for the relay doc, which clients never write. */
function contentRulesOf(address: DocAddress): DocContentRules | null {
  switch (address.kind) {
    case 'board':
      return boardDocRules;
    case 'private':
      return privateDocRules(address.participantId);
    case 'relay':
      return null;
  }
}

export interface RoomOptions {
  compactAfterUpdates: number;
  awarenessThrottleMs: number;
  /** The relay's log, for failures no client is there to be told of. */
  log: Logger;
}

/**
 * One live document and everyone connected to it. Loads storage before it answers anyone, applies
 * writes in arrival order, queues them for durable append, and fans them out.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly members = new Set<RoomMember>();
  /** Resolves when the stored state is in memory; rejects when storage could not be read. */
  readonly ready: Promise<void>;
  isReady = false;
  private rowsSinceSnapshot = 0;
  /** The compaction being stored, if one is. */
  private compaction: Promise<void> | null = null;
  /** The sequence number of the last row this room knows is stored, once there are rows to compact. */
  private lastDurableSeq: number | null = null;
  private readonly presence = new PresenceGuard(this.awareness);
  private readonly stateAnswers = new StateAnswers(this.doc);
  private readonly awarenessChanged = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  private presencePacing: PresencePacing = quietPresence;
  private destroyed = false;
  private updateEvents = 0;
  private readonly contentRules: DocContentRules | null;
  /** The last update held back until its restore point is stored, queued for append once it is. */
  private pointsFirst: Promise<void> = Promise.resolve();
  /** Presence ids other relays told us of, and which relay: they go when that relay does. */
  private readonly peerPresence = new Map<number, string>();
  private catchingUp = false;
  private catchUpAgain = false;
  private lastAppend: Promise<unknown> = Promise.resolve();

  constructor(
    readonly name: string,
    readonly address: DocAddress,
    private readonly storage: Storage,
    private readonly commits: GroupCommit,
    private readonly metrics: Metrics,
    private readonly options: RoomOptions,
    private readonly onStorageFailure: (room: Room) => void,
    private readonly peers: PeerBus | null,
    private readonly prepare: RoomPreparation | null = null,
    private readonly history: DocHistory | null = null,
  ) {
    this.contentRules = contentRulesOf(address);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.ready = this.load();
  }

  private async load(): Promise<void> {
    // Subscribe before reading storage, so nothing another relay stores in between is missed;
    // what arrives before the load is applied after it (applying an update twice is harmless).
    // Relays publish an update only once it is stored, so one published before the subscription
    // is in the database when it is read below.
    const early: Array<[PeerMessageKind, Uint8Array, string]> = [];
    await this.peers?.subscribe(this.name, (kind, payload, relay) => {
      if (this.isReady) this.fromPeer(kind, payload, relay);
      else early.push([kind, payload, relay]);
    });
    // A room unloaded a moment ago may still have appends in the queue: read after they land.
    await this.commits.drained();
    const stored = await this.storage.loadDoc(this.name);
    applyStoredDoc(this.doc, stored, loadOrigin);
    // A doc stored as a V1 snapshot alone is its own answer to a client that has nothing.
    if (stored.snapshot?.format === 1 && stored.updates.length === 0) this.stateAnswers.keepWhole(stored.snapshot.update);
    // Heard from here on: the load itself is stored and nobody is served yet, and Yjs encodes a
    // transaction's whole update for any 'update' listener (45 ms for a 5,000-card board).
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin));
    this.rowsSinceSnapshot = stored.updates.length;
    this.lastDurableSeq = stored.updates.length > 0 ? stored.lastSeq : null;
    await this.prepare?.(this);
    this.isReady = true;
    for (const [kind, payload, relay] of early) this.fromPeer(kind, payload, relay);
    // People on other relays are otherwise heard of only when their presence next changes.
    this.peers?.publish(this.name, 'presenceQuery', new Uint8Array(0));
    if (this.catchUpAgain) this.catchUp();
  }

  private fromPeer(kind: PeerMessageKind, payload: Uint8Array, relay: string): void {
    if (this.destroyed) return;
    try {
      switch (kind) {
        case 'update': {
          const gapBefore = this.missing();
          Y.applyUpdate(this.doc, payload, peerOrigin);
          // A new gap: an update this one builds on never reached us (lost while Redis was down,
          // or its relay died between storing and publishing it); it is in the database.
          const gap = this.missing();
          if (gap !== '' && gap !== gapBefore) this.catchUp();
          return;
        }
        case 'awareness':
          for (const entry of readAwarenessEntries(payload, maxPeerPresenceEntries)) {
            if (entry.json === 'null') this.peerPresence.delete(entry.clientId);
            else this.peerPresence.set(entry.clientId, relay);
          }
          awarenessProtocol.applyAwarenessUpdate(this.awareness, payload, peerOrigin);
          return;
        case 'presenceQuery':
          this.publishLocalPresence();
          return;
      }
    } catch (error) {
      this.options.log.error({ err: error, doc: this.name }, `a peer relay sent a bad ${kind}`);
    }
  }

  /** What the doc waits for, as text ('' when nothing): the clocks pending structures miss, and whether deletions wait. */
  private missing(): string {
    const { pendingStructs, pendingDs } = this.doc.store;
    if (!pendingStructs && !pendingDs) return '';
    return `${JSON.stringify(Array.from(pendingStructs?.missing ?? []))}:${pendingDs?.length ?? 0}`;
  }

  private publishLocalPresence(): void {
    if (!this.isReady) return;
    const local = Array.from(this.awareness.getStates().keys()).filter((id) => !this.peerPresence.has(id));
    if (local.length > 0) this.peers?.publish(this.name, 'awareness', awarenessProtocol.encodeAwarenessUpdate(this.awareness, local));
  }

  /**
   * Reads the doc back from storage and applies what this room lacks (clients here receive it as
   * any update): what another relay stored but whose message never came, or what pending
   * structures wait for. One at a time; asked again meanwhile, it runs once more afterwards.
   */
  catchUp(): void {
    if (this.destroyed) return;
    if (!this.isReady || this.catchingUp) {
      this.catchUpAgain = true;
      return;
    }
    this.catchingUp = true;
    this.catchUpAgain = false;
    this.storage.loadDoc(this.name).then(
      (stored) => {
        if (!this.destroyed) applyStoredDoc(this.doc, stored, storageOrigin);
      },
      (error: unknown) => {
        this.options.log.warn({ err: error, doc: this.name }, 'catching up with storage failed; trying again');
        setTimeout(() => this.catchUp(), catchUpRetryMs).unref();
      },
    ).finally(() => {
      this.catchingUp = false;
      if (this.catchUpAgain) this.catchUp();
    });
  }

  /** Messages from other relays may have been lost: catch up with storage and ask again who is here. */
  resync(): void {
    this.catchUp();
    this.peers?.publish(this.name, 'presenceQuery', new Uint8Array(0));
  }

  /** Another relay died: its people's presence goes now, not when it times out, and what it stored is read. */
  peerGone(relay: string): void {
    const ids: number[] = [];
    for (const [id, from] of this.peerPresence) {
      if (from !== relay) continue;
      this.peerPresence.delete(id);
      // Someone who moved here from that relay stays.
      if (!this.presence.isHeld(id)) ids.push(id);
    }
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, peerOrigin);
    this.catchUp();
  }

  /**
   * Applies a client's write. The raw update is what gets stored, so parts still waiting for
   * missing dependencies are durable too. Throws on an update that does not decode, and
   * UpdateRefused (before anything is applied) on an update that fails a record's schema,
   * writes what this doc may not hold, or removes a card its writer may not delete.
   */
  applyClientUpdate(update: Uint8Array, from: RoomMember): void {
    const decoded = Y.decodeUpdate(update);
    if (this.contentRules) refuseInvalidRecords(this.doc, decoded, this.contentRules, { leadReviewer: canFacilitate(from.access.role) });
    if (this.address.kind === 'board') refuseCardRemovalsByOthers(this.doc, decoded, from.access);
    const pointFirst = this.history?.beforeClientUpdate(this, decoded, from.participantId) ?? null;
    const eventsBefore = this.updateEvents;
    Y.applyUpdate(this.doc, update, from);
    this.metrics.updatesApplied += 1;
    const changed = this.updateEvents !== eventsBefore;
    const waiting = this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
    if (changed || waiting) {
      // Stored after its restore point, stored or failed (a point that fails must not lose the update); Yjs updates apply in any order.
      if (pointFirst) this.pointsFirst = pointFirst.catch(() => undefined).then(() => this.persist(update));
      else this.persist(update);
    }
  }

  /** A write by the relay itself, stored and sent to everyone. */
  change(write: (doc: Y.Doc) => void): void {
    Y.transact(this.doc, () => write(this.doc), serverOrigin);
  }

  /**
   * Rewrites the doc while it loads, before anyone is served: `write` changes it in memory at once;
   * the change is stored only after `beforeStoring` has resolved (so what it moves elsewhere is
   * durable there first, and a crash in between loses nothing), and then the stored history is
   * compacted and storage erases what was deleted, so what `write` removed is in no stored byte.
   */
  async rewriteStored<Result>(write: (origin: symbol) => Result, beforeStoring: (result: Result) => Promise<void>): Promise<void> {
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array, origin: unknown) => {
      if (origin === rewriteOrigin) updates.push(update);
    };
    this.doc.on('update', collect);
    let result: Result;
    try {
      result = write(rewriteOrigin);
    } finally {
      this.doc.off('update', collect);
    }
    if (updates.length === 0) return;
    await beforeStoring(result);
    const rewrite = Y.mergeUpdates(updates);
    const lastSeq = (await this.commits.append(this.name, rewrite)).get(this.name);
    if (lastSeq === undefined) throw new Error(`storing the rewrite of ${this.name} returned no sequence number`);
    // Another relay that has this doc loaded drops what was moved out too.
    this.peers?.publish(this.name, 'update', rewrite);
    // With gc on, the doc's own encoding holds no deleted content: the snapshot replaces every row up to the rewrite.
    await this.storage.compactDoc(this.name, lastSeq, Y.encodeStateAsUpdate(this.doc));
    this.rowsSinceSnapshot = 0;
    await this.storage.eraseDeleted();
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    this.updateEvents += 1;
    // A rewrite while loading is stored by rewriteStored.
    if (origin === rewriteOrigin) return;
    if (origin === serverOrigin) this.persist(update);
    const frame = syncUpdateMessage(update);
    for (const member of this.members) {
      if (member !== origin) member.send(frame);
    }
  }

  /**
   * Stores an update, then publishes it to the other relays: whatever a relay learns from another
   * is already in the database, so its acknowledgement of the same edit, re-sent by a client that
   * moved, is true even if the relay that stored it first has died.
   */
  private persist(update: Uint8Array): void {
    const appended = this.commits.append(this.name, update);
    this.lastAppend = appended;
    appended.then(
      (lastSeqs) => {
        this.peers?.publish(this.name, 'update', update);
        this.afterDurable(lastSeqs.get(this.name));
      },
      (error: unknown) => this.fail(error),
    );
  }

  private afterDurable(lastSeq: number | undefined): void {
    this.rowsSinceSnapshot += 1;
    // Undefined when the board was deleted meanwhile: nothing was stored, and nothing is to compact.
    if (lastSeq === undefined) return;
    this.lastDurableSeq = lastSeq;
    if (this.rowsSinceSnapshot >= this.options.compactAfterUpdates) void this.compact();
  }

  /** Rows stored since the last snapshot: what a compaction would replace. */
  get rowsToCompact(): number {
    return this.rowsSinceSnapshot;
  }

  /**
   * Replaces the rows stored since the last snapshot by a snapshot of the doc: every
   * `compactAfterUpdates` rows, and when the room unloads or the relay stops, so that its next load
   * reads one V1 snapshot and serves it as it is to a client that has nothing. Settles once the
   * snapshot is stored or has failed (a failure is logged: the log is intact, and read as before).
   */
  compact(): Promise<void> {
    if (this.compaction) return this.compaction;
    if (this.rowsSinceSnapshot === 0 || this.lastDurableSeq === null || this.destroyed) return Promise.resolve();
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const compactedRows = this.rowsSinceSnapshot;
    this.compaction = this.storage
      .compactDoc(this.name, this.lastDurableSeq, snapshot)
      .then(
        () => {
          this.rowsSinceSnapshot -= compactedRows;
        },
        // Tried again after more updates, or at the next unload.
        (error: unknown) => this.options.log.error({ err: error, doc: this.name }, 'compaction failed'),
      )
      .finally(() => {
        this.compaction = null;
      });
    return this.compaction;
  }

  /**
   * Storage refused a write that is already applied in memory. Dropping the room makes every
   * client reconnect and send again what the reloaded room lacks, so nothing is lost.
   */
  private fail(error: unknown): void {
    this.options.log.error({ err: error, doc: this.name }, 'storing an update failed; closing the room');
    this.onStorageFailure(this);
  }

  closeAll(code: CloseCode, reason: string): void {
    for (const member of Array.from(this.members)) member.close(code, reason);
  }

  /**
   * Resolves once everything this room queued is stored (batches commit in order, so its last
   * append is enough); rejects if that failed. A batch of another room, or of this doc before it
   * was reloaded, that failed does not hold back the acknowledgements of a room that stored its own.
   */
  whenDurable(): Promise<void> {
    return this.pointsFirst.then(() => this.lastAppend).then(() => undefined);
  }

  /** Applies a client's presence, bound to who sent it. Throws PresenceRefused on presence the relay will not take. */
  applyAwareness(update: Uint8Array, from: RoomMember): void {
    const bound = this.presence.admit(update, from);
    if (!bound) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, bound, from);
    this.peers?.publish(this.name, 'awareness', bound);
  }

  /** The sync step 2 frame answering a client's state vector: what it lacks of the doc. */
  answerSyncStep1(stateVector: Uint8Array): Uint8Array {
    return this.stateAnswers.answer(stateVector);
  }

  awarenessFrame(): Uint8Array | null {
    const clientIds = Array.from(this.awareness.getStates().keys());
    return clientIds.length > 0 ? awarenessMessage(this.awareness, clientIds) : null;
  }

  private readonly onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }): void => {
    for (const id of [...added, ...updated, ...removed]) this.awarenessChanged.add(id);
    this.scheduleAwareness();
  };

  /** Presence goes out at once while the room is quiet and is coalesced under load (see presencePacing). */
  private scheduleAwareness(): void {
    if (this.awarenessTimer || this.destroyed) return;
    const rule = { periodMs: this.options.awarenessThrottleMs, memberFramesPerSecond: presenceMemberFramesPerSecond };
    const holdMs = presenceHoldMs(this.presencePacing, performance.now(), this.members.size, rule);
    if (holdMs === 0) {
      this.relayAwareness(rule);
      return;
    }
    this.awarenessTimer = setTimeout(() => {
      this.awarenessTimer = null;
      this.relayAwareness(rule);
    }, holdMs);
  }

  private relayAwareness(rule: PresencePacingRule): void {
    const ids = Array.from(this.awarenessChanged);
    this.awarenessChanged.clear();
    if (ids.length === 0 || this.destroyed) return;
    this.presencePacing = presenceSent(this.presencePacing, performance.now(), rule);
    contained(this.options.log, `relaying presence in ${this.name}`, () => {
      const frame = awarenessMessage(this.awareness, ids);
      this.metrics.awarenessRelayed += 1;
      // Nobody needs their own presence back (a client takes it as no news): a frame carrying one socket's changes alone skips it.
      const sender = this.presence.soleHolder(ids);
      for (const member of this.members) if (member !== sender) member.send(frame);
    });
  }

  join(member: RoomMember): void {
    this.members.add(member);
  }

  leave(member: RoomMember): void {
    this.members.delete(member);
    const ids = this.presence.release(member);
    if (ids.length > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
      // Encoded after removal, the update carries null states: other relays drop them too.
      this.peers?.publish(this.name, 'awareness', awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.peers?.unsubscribe(this.name).catch(() => undefined);
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
