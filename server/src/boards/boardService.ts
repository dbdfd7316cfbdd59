import type { BoardSummary, CreateBoardBody, CreateBoardResponse, Invite, Invites, JoinResponse, Participant, RemoveParticipantResponse, RetentionResponse } from '@washup/shared/api';
import { isPersonRole, roles, type Role } from '@washup/shared/auth';
import { boardDocOf, newId, purgeDateOf, readBoardMeta, seedBoard, type Retention } from '@washup/shared/board';
import { defaultTemplateId, findTemplate } from '@washup/shared/templates';
import type { Access } from '../auth/access';
import type { TokenSigner } from '../auth/tokens';
import { Refused } from '../refusals/refused';
import type { BoardRecord, Storage } from '../storage/storage';
import type { RoomRegistry } from '../sync/roomRegistry';
import { inviteUrl } from './inviteUrl';
import type { JoinCodes } from './joinCodes';

/** Board life cycle: create with invites, join by name, rotate links, remove people, delete, and how long it is kept. */
export class BoardService {
  constructor(
    private readonly storage: Storage,
    private readonly signer: TokenSigner,
    private readonly rooms: RoomRegistry,
    private readonly joinCodes: JoinCodes,
  ) {}

  async create(body: CreateBoardBody, baseUrl: string): Promise<CreateBoardResponse> {
    const templateId = body.templateId ?? defaultTemplateId;
    const template = findTemplate(templateId);
    if (!template) throw new Refused('invalid', 'unknown_template', `there is no template "${templateId}"`);
    const board: BoardRecord = { id: newId(22), title: body.title, templateId, createdAt: Date.now(), keyVersion: 1 };
    await this.storage.createBoard(board);
    await this.rooms.withRoom({ boardId: board.id, kind: 'board' }, async (room) => {
      room.change((doc) => seedBoard(boardDocOf(doc), board.title, template, board.createdAt));
      await room.whenDurable();
    });
    const expiresAt = body.inviteTtlHours ? board.createdAt + body.inviteTtlHours * 3_600_000 : undefined;
    return { id: board.id, invites: await this.invites(board, {}, baseUrl, expiresAt) };
  }

  private async invites(board: BoardRecord, roleVersions: Partial<Record<Role, number>>, baseUrl: string, expiresAt: number | undefined): Promise<Invites> {
    const entries = await Promise.all(roles.map(async (role) => [role, await this.invite(board, role, roleVersions[role] ?? 0, baseUrl, expiresAt)] as const));
    return Object.fromEntries(entries) as Invites;
  }

  /** A new link for the role, with its join code (which replaces the role's previous one). */
  private async invite(board: BoardRecord, role: Role, roleVersion: number, baseUrl: string, expiresAt: number | undefined): Promise<Invite> {
    const token = this.signer.sign({
      kind: 'invite',
      boardId: board.id,
      role,
      keyVersion: board.keyVersion,
      roleVersion,
      ...(expiresAt ? { expiresAt } : {}),
    });
    return { token, url: inviteUrl(baseUrl, board.id, token), joinCode: await this.joinCodes.issue(board.id, role, token) };
  }

  async join(access: Access, name: string): Promise<JoinResponse> {
    if (!access.viaInvite) throw new Refused('invalid', 'already_joined', 'join with an invite link, not a participant token');
    const role = access.role;
    if (!isPersonRole(role)) throw new Refused('forbidden', 'screen_read_only', 'a screen link is no one: open it on the projector, no name needed');
    const participantId = newId();
    await this.storage.addParticipant({ id: participantId, boardId: access.board.id, name, role, joinedAt: Date.now() });
    const token = this.signer.sign({
      kind: 'participant',
      boardId: access.board.id,
      role,
      participantId,
      name,
      issuedAt: Date.now(),
    });
    return { token, participantId, role, name };
  }

  async summary(board: BoardRecord): Promise<BoardSummary> {
    const participants = await this.storage.listParticipants(board.id);
    const counts = await this.rooms.withRoom({ boardId: board.id, kind: 'board' }, (room) => {
      const doc = boardDocOf(room.doc);
      return { headings: doc.count('headings'), cards: doc.count('cards'), themes: doc.count('themes') };
    });
    return {
      id: board.id,
      title: board.title,
      templateId: board.templateId,
      createdAt: board.createdAt,
      counts: { ...counts, participants: participants.filter((p) => !p.removed).length },
    };
  }

  /** New links for every role; the old ones stop working at once. People who joined stay. */
  async rotateInvites(board: BoardRecord, baseUrl: string, ttlHours: number | undefined): Promise<Invites> {
    const rotated = { ...board, keyVersion: board.keyVersion + 1 };
    await this.storage.setKeyVersion(board.id, rotated.keyVersion);
    const roleVersions = await this.storage.inviteVersions(board.id);
    return this.invites(rotated, roleVersions, baseUrl, ttlHours ? Date.now() + ttlHours * 3_600_000 : undefined);
  }

  participants(board: BoardRecord): Promise<Participant[]> {
    return this.storage.listParticipants(board.id);
  }

  /**
   * Removes someone: their token stops working and their sockets close at once. The link of their
   * role is replaced too, or they could join again with it as someone new; people who already
   * joined with it stay. The new link comes back for the Lead Reviewer to pass on.
   */
  async removeParticipant(board: BoardRecord, participantId: string, by: Access, baseUrl: string): Promise<RemoveParticipantResponse> {
    if (participantId === by.participantId) throw new Refused('invalid', 'cannot_remove_self', 'you cannot remove yourself');
    this.rooms.requirePeers();
    const participant = await this.storage.getParticipant(board.id, participantId);
    if (!participant) throw new Refused('not_found', 'participant_not_found', 'no such participant on this board');
    await this.storage.removeParticipant(board.id, participantId);
    this.rooms.closeParticipant(board.id, participantId);
    const roleVersion = await this.storage.replaceRoleInvite(board.id, participant.role);
    return { role: participant.role, invite: await this.invite(board, participant.role, roleVersion, baseUrl, undefined) };
  }

  /**
   * Deletes the board and every row stored for it (see Storage.deleteBoard), closes its sockets
   * here and on every other relay (their devices wipe their copies), and has storage erase what
   * the deletion freed. The Lead Reviewer's deletion and the retention purge both come here.
   */
  async delete(board: BoardRecord): Promise<void> {
    this.rooms.requirePeers();
    // Deleting the board row first refuses new connections; the second pass removes any append
    // that was queued for the board's rooms before they closed.
    await this.storage.deleteBoard(board.id);
    this.rooms.closeBoard(board.id);
    await this.rooms.commits.drained();
    await this.storage.deleteBoard(board.id);
    await this.storage.eraseDeleted();
  }

  /** The board's retention, its last change, and when the relay is due to delete it. */
  async retention(board: BoardRecord): Promise<RetentionResponse> {
    const stored = await this.storage.retentionOf(board.id);
    if (!stored) throw new Refused('not_found', 'board_not_found', 'this board does not exist or was deleted');
    return { ...stored, purgeAt: purgeDateOf(stored.retention, stored.lastActivityAt) };
  }

  /**
   * Sets how long the board is kept (setting it counts as a change, so a period after the last
   * change starts now). Storage holds it for the purge; the board's settings carry a copy, so every
   * device shows the date at once. Settings that do not read are left as they are, never overwritten.
   */
  async setRetention(board: BoardRecord, retention: Retention | null): Promise<RetentionResponse> {
    await this.storage.setRetention(board.id, retention, Date.now());
    await this.rooms.withRoom({ boardId: board.id, kind: 'board' }, async (room) => {
      const reading = readBoardMeta(room.doc.getMap('meta').get('board'));
      if (!reading.ok) return;
      room.change((doc) => boardDocOf(doc).setMeta({ ...reading.meta, retention }));
      await room.whenDurable();
    });
    return this.retention(board);
  }

  /** Deletes, as `delete` does, up to `limit` boards whose retention has run out by `now`; resolves with their ids. */
  async purgeDue(now: number, limit: number): Promise<string[]> {
    const due = await this.storage.boardsDueForPurge(now, limit);
    for (const id of due) {
      const board = await this.storage.getBoard(id);
      if (board) await this.delete(board);
    }
    return due;
  }
}
