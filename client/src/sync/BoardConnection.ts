import * as Y from 'yjs';
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import { canEditBoard, type Role } from '@washup/shared/auth';
import { BoardDoc, docName, moveOwnLearningOffBoard, type DocAddress } from '@washup/shared/board';
import { canvasRoots } from '@washup/shared/canvas';
import { RelayDoc } from '@washup/shared/relayDoc';
import { AccessProbe } from './accessProbe';
import { UndoHistory } from './UndoHistory';
import { installAckProtocol } from './ackProtocol';
import { installClockProtocol } from './clockProtocol';
import { sameStatus, type ConnectionStatus } from './connectionStatus';
import { fatalFromClose, type FatalReason } from './fatalReason';
import { sampleClockOverHttp } from './httpClockSample';
import { LinkMonitor } from './LinkMonitor';
import { dropCopyHoldingPrivateCards, type CopyCheck } from './privateCardCopy';
import { receiveOnly } from './readOnlySync';
import { SaveTracker } from './SaveTracker';
import { ServerClock } from './ServerClock';
import { syncServerUrl } from './syncServerUrl';
import { forgetUnsavedCounts } from './unsavedCountsStore';
import { ValueStore } from './ValueStore';

/** Who this device is on the board: from the participant token the relay issued at join. */
export interface ConnectionIdentity {
  token: string;
  participantId: string;
  name: string;
  role: Role;
}

export interface BoardConnectionOptions {
  /** `ws(s)://host/sync`; defaults to the page's own host. */
  serverUrl?: string;
}

/**
 * The IndexedDB database that keeps a doc on this device: `washup:<boardId>` for the board doc,
 * `washup:<boardId>/private/<participantId>` for a private doc, so two people who use one device
 * never share their private copies.
 */
export const localDocName = (address: DocAddress) => `washup:${docName(address)}`;

/** How long a device waits for its own copy to load before syncing with the relay regardless. */
const localLoadWaitMs = 2_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Everything one open board needs, for as long as it is open:
 * - the board doc (`board`), kept on this device in IndexedDB and synced with the relay;
 * - the relay doc (`session`), read-only, written by the relay;
 * - for a participant who may edit, their private doc (`privateDoc`: their reviewer learning),
 *   kept on this device in its own IndexedDB database and synced with the relay; hosts and
 *   observers never open one;
 * - presence (`awareness`, on the board doc's socket);
 * - save tracking with the relay's acks, the server clock, and one `status` for the UI.
 * Create one per open board and `destroy()` it when the board closes.
 */
export class BoardConnection {
  readonly board: BoardDoc;
  readonly relayDoc: RelayDoc;
  readonly clock = new ServerClock();
  readonly status: ValueStore<ConnectionStatus>;
  /** Bumped after every change to the board doc, local or remote. */
  readonly boardVersion = new ValueStore(0);
  /** Bumped after every change to the relay doc. */
  readonly relayDocVersion = new ValueStore(0);
  /** This participant's reviewer learning; null for roles that may not edit, which never open it. */
  readonly privateDoc: BoardDoc | null;
  /** Bumped after every change to the private doc. */
  readonly privateDocVersion = new ValueStore(0);
  /** Resolves once the board doc saved on this device (if any) is loaded. */
  readonly whenLoadedLocally: Promise<void>;
  readonly canEdit: boolean;
  /** This person's undo and redo of their own board changes on this device. */
  readonly undoHistory: UndoHistory;

  /** Null until the local copy is open: a read-only role's copy is checked for private cards first. */
  private persistence: IndexeddbPersistence | null = null;
  private readonly privatePersistence: IndexeddbPersistence | null;
  private readonly boardProvider: WebsocketProvider;
  private readonly relayDocProvider: WebsocketProvider;
  private readonly privateProvider: WebsocketProvider | null;
  private readonly tracker: SaveTracker | null;
  private readonly privateTracker: SaveTracker | null;
  private readonly link: LinkMonitor;
  private readonly probe: AccessProbe;
  private readonly stops: Array<() => void> = [];
  private readonly clockRequest = new AbortController();
  private destroyed = false;

  constructor(
    readonly boardId: string,
    readonly identity: ConnectionIdentity,
    options: BoardConnectionOptions = {},
  ) {
    this.canEdit = canEditBoard(identity.role);
    const boardDoc = new Y.Doc();
    const relayDoc = new Y.Doc();
    this.board = new BoardDoc(boardDoc);
    this.undoHistory = new UndoHistory(this.board);
    // A value the relay doc cannot read (a newer relay's, say) is left out of the views; the console says which.
    this.relayDoc = new RelayDoc(relayDoc, (unreadable) => console.warn('a relay doc value could not be read and is not shown', unreadable));

    const privateAddress: DocAddress = { boardId, kind: 'private', participantId: identity.participantId };
    const privateYDoc = this.canEdit ? new Y.Doc() : null;
    this.privateDoc = privateYDoc ? new BoardDoc(privateYDoc) : null;
    this.privatePersistence = privateYDoc ? new IndexeddbPersistence(localDocName(privateAddress), privateYDoc) : null;

    const serverUrl = options.serverUrl ?? syncServerUrl();
    // The token travels as the WebSocket subprotocol, never in the URL, so no proxy or access log records it.
    const protocols = [identity.token];
    // A close that ends the board here (see fatalFromClose) must not be retried: after a refused change, a retry would send it again.
    const shouldReconnect = (event: CloseEvent) => fatalFromClose(event.code, event.reason) === null;
    this.boardProvider = new WebsocketProvider(serverUrl, docName({ boardId, kind: 'board' }), boardDoc, {
      protocols,
      connect: false,
      shouldReconnect,
    });
    this.relayDocProvider = new WebsocketProvider(serverUrl, docName({ boardId, kind: 'relay' }), relayDoc, {
      protocols,
      connect: false,
      shouldReconnect,
    });
    this.privateProvider = privateYDoc
      ? new WebsocketProvider(serverUrl, docName(privateAddress), privateYDoc, { protocols, connect: false, shouldReconnect })
      : null;
    // Presence travels on the board socket only.
    this.relayDocProvider.awareness.setLocalState(null);
    this.privateProvider?.awareness.setLocalState(null);

    this.tracker = this.canEdit ? new SaveTracker(docName({ boardId, kind: 'board' })) : null;
    if (this.tracker) {
      const isLocal = (origin: unknown) => origin !== this.boardProvider && origin !== this.persistence;
      this.stops.push(installAckProtocol(this.boardProvider, this.tracker, isLocal));
    } else {
      receiveOnly(this.boardProvider);
    }
    // The relay acks private doc writes as it acks board doc writes; "All changes saved" counts both.
    this.privateTracker = this.privateProvider ? new SaveTracker(docName(privateAddress)) : null;
    if (this.privateProvider && this.privateTracker) {
      const privateProvider = this.privateProvider;
      const isLocal = (origin: unknown) => origin !== privateProvider && origin !== this.privatePersistence;
      this.stops.push(installAckProtocol(privateProvider, this.privateTracker, isLocal));
    }
    receiveOnly(this.relayDocProvider);
    this.stops.push(installClockProtocol(this.boardProvider, this.clock));
    this.stops.push(installClockProtocol(this.relayDocProvider, this.clock));

    this.link = new LinkMonitor(this.boardProvider);
    this.probe = new AccessProbe(boardId, identity.token, (reason) => this.fail(reason));
    this.status = new ValueStore<ConnectionStatus>({
      link: this.link.link.get(),
      unsaved: this.unsavedCount(),
      readOnly: !this.canEdit,
      fatal: null,
    });
    this.stops.push(this.link.link.subscribe(() => this.refreshStatus()));
    for (const tracker of [this.tracker, this.privateTracker]) if (tracker) this.stops.push(tracker.unsaved.subscribe(() => this.refreshStatus()));

    for (const provider of this.providers()) {
      const onClosed = (event: { code: number; reason: string }) => {
        const reason = fatalFromClose(event.code, event.reason);
        if (reason) this.fail(reason);
      };
      const onConnectionClose = () => {
        // Still "connected" here means the socket had opened; a socket that never opened was refused or unreachable.
        if (!provider.wsconnected) this.probe.probe();
      };
      provider.on('closed', onClosed);
      provider.on('connection-close', onConnectionClose);
      this.stops.push(() => {
        provider.off('closed', onClosed);
        provider.off('connection-close', onConnectionClose);
      });
    }

    // 'update' fires only for real changes, after observers (and so the record maps) have run.
    const canvasShapes = boardDoc.getArray(canvasRoots.records);
    const versions: Array<[Y.Doc | null, ValueStore<number>]> = [
      [boardDoc, this.boardVersion],
      [relayDoc, this.relayDocVersion],
      [privateYDoc, this.privateDocVersion],
    ];
    for (const [doc, version] of versions) {
      if (!doc) continue;
      const bump = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
        // A canvas shape moving (many times a second while someone drags) changes nothing the board's views read.
        if (doc === boardDoc && [...transaction.changed.keys()].every((type) => type === canvasShapes)) return;
        version.update((current) => current + 1);
      };
      doc.on('update', bump);
      this.stops.push(() => doc.off('update', bump));
    }

    void sampleClockOverHttp(this.clock, this.clockRequest.signal);
    this.privateProvider?.connect();
    const boardCopy = localDocName({ boardId, kind: 'board' });
    if (this.canEdit) {
      const loaded = Promise.all([this.openLocalCopy(boardCopy, boardDoc), this.privatePersistence?.whenSynced]).then(() => {
        if (this.privateDoc && !this.destroyed) moveOwnLearningOffBoard(this.board, this.privateDoc, identity.participantId);
      });
      this.whenLoadedLocally = loaded;
      // Learning captured offline by an older version sits in the board copy: it moves to the private
      // doc before the relay sees the board copy, which would refuse it. A copy that never loads
      // (a stuck IndexedDB) must not keep the board offline, so the wait is bounded.
      void Promise.race([loaded, wait(localLoadWaitMs)]).then(() => this.connectToRelay());
    } else {
      // A host's or observer's copy written before reviewer learning left the board doc may hold
      // it: such a copy is deleted before anything loads it, and the board syncs fresh.
      // A copy whose deletion waits for another tab is not opened: this tab keeps no copy this time.
      this.whenLoadedLocally = dropCopyHoldingPrivateCards(boardCopy)
        .catch((): CopyCheck => 'clean')
        .then((check) => {
          if (this.destroyed || this.status.get().fatal) return undefined;
          const copyLoaded = this.openLocalCopy(check === 'pending' ? null : boardCopy, boardDoc);
          this.connectToRelay();
          return copyLoaded;
        });
    }
  }

  /** Opens the board doc's copy on this device (unless `name` is null); resolves once the copy is loaded. */
  private openLocalCopy(name: string | null, boardDoc: Y.Doc): Promise<void> {
    this.persistence = name === null ? null : new IndexeddbPersistence(name, boardDoc);
    if (!this.persistence) return Promise.resolve();
    return this.persistence.whenSynced.then(
      () => undefined,
      () => undefined,
    );
  }

  private connectToRelay(): void {
    if (this.destroyed) return;
    this.boardProvider.connect();
    this.relayDocProvider.connect();
  }

  private providers(): WebsocketProvider[] {
    return this.privateProvider ? [this.boardProvider, this.relayDocProvider, this.privateProvider] : [this.boardProvider, this.relayDocProvider];
  }

  private unsavedCount(): number {
    return (this.tracker?.unsaved.get() ?? 0) + (this.privateTracker?.unsaved.get() ?? 0);
  }

  /** Presence of everyone on this board (awareness of the board doc's socket). */
  get awareness(): Awareness {
    return this.boardProvider.awareness;
  }

  /** The current time on the server's clock, in ms since the epoch. */
  readonly serverNow = (): number => this.clock.now();

  private refreshStatus(): void {
    const current = this.status.get();
    const next: ConnectionStatus = {
      link: this.link.link.get(),
      unsaved: this.unsavedCount(),
      readOnly: !this.canEdit,
      fatal: current.fatal,
    };
    if (!sameStatus(current, next)) this.status.set(next);
  }

  /** The board can't be opened any more: stop for good, and for a deleted board or a removed person, wipe it here. */
  private fail(reason: FatalReason): void {
    if (this.destroyed || this.status.get().fatal) return;
    this.stopSyncing();
    if (reason.kind === 'deleted' || reason.kind === 'removed') void this.discardLocalCopy();
    this.status.set({ ...this.status.get(), fatal: reason });
  }

  /**
   * Forgets this device's copies of the board and of this participant's private doc, unsaved
   * changes included, so the next open loads them from the relay alone: after a deletion or
   * removal, and the way out of a refused change (which the copy would otherwise send again on
   * every connection; either doc may hold it).
   */
  async discardLocalCopy(): Promise<void> {
    const board: DocAddress = { boardId: this.boardId, kind: 'board' };
    forgetUnsavedCounts(docName(board));
    if (this.privatePersistence) forgetUnsavedCounts(docName({ boardId: this.boardId, kind: 'private', participantId: this.identity.participantId }));
    // A read-only role's copy may not be open yet (it is checked first): it is deleted by name.
    const boardCopy = this.persistence ? this.persistence.clearData() : clearDocument(localDocName(board));
    await Promise.all([boardCopy.catch(() => undefined), this.privatePersistence?.clearData().catch(() => undefined)]);
  }

  private stopSyncing(): void {
    this.probe.stop();
    this.clockRequest.abort();
    for (const provider of this.providers()) provider.disconnect();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.stopSyncing();
    for (const stop of this.stops.splice(0)) stop();
    this.link.destroy();
    this.undoHistory.destroy();
    for (const provider of this.providers()) provider.destroy();
    for (const persistence of [this.persistence, this.privatePersistence]) void persistence?.destroy().catch(() => undefined);
    this.board.doc.destroy();
    this.relayDoc.doc.destroy();
    this.privateDoc?.doc.destroy();
  }
}
