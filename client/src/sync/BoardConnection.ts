import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import { canEditBoard, type Role } from '@washup/shared/auth';
import { BoardDoc, docName } from '@washup/shared/board';
import { RelayDoc } from '@washup/shared/relayDoc';
import { AccessProbe } from './accessProbe';
import { installAckProtocol } from './ackProtocol';
import { installClockProtocol } from './clockProtocol';
import { sameStatus, type ConnectionStatus } from './connectionStatus';
import { fatalFromClose, type FatalReason } from './fatalReason';
import { sampleClockOverHttp } from './httpClockSample';
import { LinkMonitor } from './LinkMonitor';
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

/** The IndexedDB database that keeps a board's doc on this device. */
export const localDocName = (boardId: string) => `washup:${boardId}`;

/**
 * Everything one open board needs, for as long as it is open:
 * - the board doc (`board`), kept on this device in IndexedDB and synced with the relay;
 * - the relay doc (`session`), read-only, written by the relay;
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
  /** Resolves once the board doc saved on this device (if any) is loaded. */
  readonly whenLoadedLocally: Promise<void>;
  readonly canEdit: boolean;

  private readonly persistence: IndexeddbPersistence;
  private readonly boardProvider: WebsocketProvider;
  private readonly relayDocProvider: WebsocketProvider;
  private readonly tracker: SaveTracker | null;
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
    // A value the relay doc cannot read (a newer relay's, say) is left out of the views; the console says which.
    this.relayDoc = new RelayDoc(relayDoc, (unreadable) => console.warn('a relay doc value could not be read and is not shown', unreadable));

    this.persistence = new IndexeddbPersistence(localDocName(boardId), boardDoc);
    this.whenLoadedLocally = this.persistence.whenSynced.then(
      () => undefined,
      () => undefined,
    );

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
    // Presence travels on the board socket only.
    this.relayDocProvider.awareness.setLocalState(null);

    this.tracker = this.canEdit ? new SaveTracker(boardId) : null;
    if (this.tracker) {
      const isLocal = (origin: unknown) => origin !== this.boardProvider && origin !== this.persistence;
      this.stops.push(installAckProtocol(this.boardProvider, this.tracker, isLocal));
    } else {
      receiveOnly(this.boardProvider);
    }
    receiveOnly(this.relayDocProvider);
    this.stops.push(installClockProtocol(this.boardProvider, this.clock));
    this.stops.push(installClockProtocol(this.relayDocProvider, this.clock));

    this.link = new LinkMonitor(this.boardProvider);
    this.probe = new AccessProbe(boardId, identity.token, (reason) => this.fail(reason));
    this.status = new ValueStore<ConnectionStatus>({
      link: this.link.link.get(),
      unsaved: this.tracker?.unsaved.get() ?? 0,
      readOnly: !this.canEdit,
      fatal: null,
    });
    this.stops.push(this.link.link.subscribe(() => this.refreshStatus()));
    if (this.tracker) this.stops.push(this.tracker.unsaved.subscribe(() => this.refreshStatus()));

    for (const provider of [this.boardProvider, this.relayDocProvider]) {
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

    const bumpBoard = () => this.boardVersion.update((version) => version + 1);
    const bumpRelayDoc = () => this.relayDocVersion.update((version) => version + 1);
    // 'update' fires only for real changes, after observers (and so the record maps) have run.
    boardDoc.on('update', bumpBoard);
    relayDoc.on('update', bumpRelayDoc);
    this.stops.push(() => boardDoc.off('update', bumpBoard));
    this.stops.push(() => relayDoc.off('update', bumpRelayDoc));

    void sampleClockOverHttp(this.clock, this.clockRequest.signal);
    this.boardProvider.connect();
    this.relayDocProvider.connect();
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
      unsaved: this.tracker?.unsaved.get() ?? 0,
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
   * Forgets this device's copy of the board, unsaved changes included, so the next open loads it
   * from the relay alone: after a deletion or removal, and the way out of a refused change (which
   * the copy would otherwise send again on every connection).
   */
  async discardLocalCopy(): Promise<void> {
    forgetUnsavedCounts(this.boardId);
    await this.persistence.clearData().catch(() => undefined);
  }

  private stopSyncing(): void {
    this.probe.stop();
    this.clockRequest.abort();
    this.boardProvider.disconnect();
    this.relayDocProvider.disconnect();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.stopSyncing();
    for (const stop of this.stops.splice(0)) stop();
    this.link.destroy();
    this.boardProvider.destroy();
    this.relayDocProvider.destroy();
    void this.persistence.destroy().catch(() => undefined);
    this.board.doc.destroy();
    this.relayDoc.doc.destroy();
  }
}
