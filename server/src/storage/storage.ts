import type { Participant } from '@washup/shared/api';
import type { Role } from '@washup/shared/auth';
import type { Retention } from '@washup/shared/board';
import type { StorageHealth } from './storageFaults';

export interface BoardRecord {
  id: string;
  title: string;
  templateId: string;
  createdAt: number;
  /** Bumped to revoke every invite link issued before. */
  keyVersion: number;
}

/** A doc's compacted history: a Yjs update in format 1 (V1, written since snapshotColumns.ts) or 2 (V2, before). */
export interface StoredSnapshot {
  update: Uint8Array;
  format: 1 | 2;
}

export interface StoredDoc {
  /** Everything compacted so far, or null for a doc never compacted. */
  snapshot: StoredSnapshot | null;
  /** V1 updates appended since the snapshot, in the order they were received. */
  updates: Uint8Array[];
  /** The sequence number of the last update returned (0 when none). */
  lastSeq: number;
}

export interface PendingAppend {
  docName: string;
  update: Uint8Array;
}

export interface NewParticipant {
  id: string;
  boardId: string;
  name: string;
  role: Role;
  joinedAt: number;
}

/** How long a board is kept, and when any of its docs last stored a change (its creation before any). */
export interface StoredRetention {
  retention: Retention | null;
  lastActivityAt: number;
}

/** A secret ballot: kept in storage, never in a document, until the round's tallies are revealed. */
export interface StoredBallot {
  boardId: string;
  roundId: string;
  voterId: string;
  /** The validated ballot as JSON; storage does not interpret it. */
  ballot: unknown;
  castAt: number;
}

/** A short code typed instead of opening one role's invite link; one a role, replaced with its link. */
export interface StoredJoinCode {
  code: string;
  boardId: string;
  role: Role;
  /** The invite token the code stands for; checked like any invite token when it is used. */
  invite: string;
}

/**
 * A restore point: a board doc's whole state at one moment, kept apart from the doc's own log so
 * compaction never touches it, and removed with its board.
 */
export interface StoredRestorePoint {
  id: string;
  boardId: string;
  takenAt: number;
  /** The participant whose update led to the point; null when the relay took it on its own. */
  participantId: string | null;
  /** Why it was taken and what changed, as JSON; storage does not interpret it. */
  details: unknown;
  /** The board doc's state, encoded by the restore-point service; storage keeps the bytes as they are. */
  state: Uint8Array;
}

/**
 * A picture of a board (pasted on its canvas, or the canvas's image in its report): the bytes as
 * uploaded, checked and named by their SHA-256 by the asset route, removed with the board.
 */
export interface StoredAsset {
  boardId: string;
  id: string;
  contentType: string;
  bytes: Uint8Array;
  createdAt: number;
}

/** A stored picture without its bytes, for the relay's clean-up of pictures no canvas uses any more. */
export interface AssetEntry {
  id: string;
  /** The size of its bytes. */
  bytes: number;
  createdAt: number;
  /** When the clean-up first found the picture no longer on the board's canvas (null: in use, or not looked at yet). */
  unusedSince: number | null;
}

/** Whether a picture was stored (or was already), or refused because the board's pictures would pass their quota. */
export type AssetPut = { stored: true } | { stored: false; boardBytes: number };

/** A restore point without its state, for listing: `bytes` is the size of the state stored. */
export type RestorePointEntry = Omit<StoredRestorePoint, 'state'> & { bytes: number };

/**
 * Where boards live. Every method is async so one interface fits the embedded SQLite file and a
 * shared PostgreSQL server alike. An append that has resolved has reached durable storage. A method
 * that fails because storage itself is failing (disk full, I/O error, server gone) rejects with
 * StorageUnavailable.
 */
export interface Storage {
  createBoard(board: BoardRecord): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | null>;
  setKeyVersion(id: string, keyVersion: number): Promise<void>;
  /** How many times each role's invite link was replaced on its own (a role never replaced is absent). */
  inviteVersions(boardId: string): Promise<Partial<Record<Role, number>>>;
  /** Replaces one role's invite link: its version goes up by one, and the new version is returned. */
  replaceRoleInvite(boardId: string, role: Role): Promise<number>;
  /**
   * Makes `code` stand for the role's invite link (the signed invite token) in place of the code it
   * had, which stops resolving. Returns false, changing nothing, when another link already has the code.
   */
  putJoinCode(entry: StoredJoinCode): Promise<boolean>;
  /** The link a join code stands for, or null when no current link has it. */
  findJoinCode(code: string): Promise<StoredJoinCode | null>;
  /** Removes the board and everything stored for it: docs, participants, ballots, restore points, pictures. */
  deleteBoard(id: string): Promise<void>;
  /** Sets (null: clears) how long the board is kept; setting it counts as a change to the board at `at`. */
  setRetention(boardId: string, retention: Retention | null, at: number): Promise<void>;
  /** The board's retention and its last change, or null when there is no such board. */
  retentionOf(boardId: string): Promise<StoredRetention | null>;
  /** Up to `limit` boards whose retention has run out by `now`, for the relay to delete. */
  boardsDueForPurge(now: number, limit: number): Promise<string[]>;

  addParticipant(participant: NewParticipant): Promise<void>;
  listParticipants(boardId: string): Promise<Participant[]>;
  getParticipant(boardId: string, participantId: string): Promise<Participant | null>;
  /** Returns false when there is no such participant. */
  removeParticipant(boardId: string, participantId: string): Promise<boolean>;

  /** Stores a voter's whole ballot for a round, replacing their previous one in one step. */
  putBallot(ballot: StoredBallot): Promise<void>;
  listBallots(boardId: string, roundId: string): Promise<StoredBallot[]>;

  addRestorePoint(point: StoredRestorePoint): Promise<void>;
  /** A board's restore points, oldest first. */
  listRestorePoints(boardId: string): Promise<RestorePointEntry[]>;
  /** The state of one of the board's restore points, or null when it has no such point. */
  restorePointState(boardId: string, pointId: string): Promise<Uint8Array | null>;
  deleteRestorePoints(boardId: string, pointIds: readonly string[]): Promise<void>;

  /**
   * Stores a picture of the board unless the board's pictures would then hold more than
   * `quotaBytes`, checked and stored in one step (two uploads at once cannot both pass). A second
   * one with the same id (the same bytes) stores nothing and is never refused, but counts as a new
   * use: the picture is no longer marked unused.
   */
  putAsset(asset: StoredAsset, quotaBytes: number): Promise<AssetPut>;
  /** One of the board's pictures, or null when the board has no such picture. */
  getAsset(boardId: string, assetId: string): Promise<Pick<StoredAsset, 'contentType' | 'bytes'> | null>;
  /** A board's pictures without their bytes, oldest first. */
  listAssets(boardId: string): Promise<AssetEntry[]>;
  /** Up to `limit` boards that have pictures, in id order after `after` (null: from the first). */
  boardsWithAssets(after: string | null, limit: number): Promise<string[]>;
  /**
   * Marks the board's pictures `unused` as unused since `at` (those already marked keep their
   * earlier mark), and clears the mark of every other picture of the board.
   */
  markUnusedAssets(boardId: string, unused: readonly string[], at: number): Promise<void>;
  /** Deletes those of `assetIds` marked unused at `markedBy` or earlier (a mark cleared meanwhile keeps its picture); returns the ids deleted. */
  deleteUnusedAssets(boardId: string, assetIds: readonly string[], markedBy: number): Promise<string[]>;

  loadDoc(docName: string): Promise<StoredDoc>;
  /** Appends a batch in one transaction; resolves with each doc's new last sequence number. */
  appendUpdates(batch: readonly PendingAppend[]): Promise<Map<string, number>>;
  /**
   * Replaces the log up to `uptoSeq` by a snapshot, stored as a V1 update. `memorySnapshot` is the
   * live doc's state (V1), which an adapter with a single writer may store as is; a shared store
   * merges from its own rows.
   */
  compactDoc(docName: string, uptoSeq: number, memorySnapshot: Uint8Array): Promise<void>;
  /**
   * Makes what deletions and compactions removed unreadable from the store's own files too (freed
   * pages, the write-ahead log), for content that must be gone from storage, not just from the doc.
   */
  eraseDeleted(): Promise<void>;
  countUpdates(docName: string): Promise<number>;
  storedBytes(): Promise<number>;
  /** Whether storage currently fails (e.g. the disk is full), for the health and readiness checks. */
  health(): Promise<StorageHealth>;
  close(): Promise<void>;
}
