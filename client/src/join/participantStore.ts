import { roles, type Role } from '@washup/shared/auth';
import { isRecord, readStored, removeStored, storedKeys, writeStored } from '../device/localStore';

/** This device's membership of one board: the participant token the relay issued at join. */
export interface JoinedParticipant {
  boardId: string;
  token: string;
  participantId: string;
  role: Role;
  name: string;
  joinedAt: number;
  /** The board's title when last seen, for the list of boards on the start page. */
  title?: string;
  lastOpenedAt?: number;
}

const prefix = 'washup:participant:';

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

function isJoinedParticipant(value: unknown): value is JoinedParticipant {
  return (
    isRecord(value) &&
    typeof value.boardId === 'string' &&
    typeof value.token === 'string' &&
    typeof value.participantId === 'string' &&
    typeof value.name === 'string' &&
    typeof value.joinedAt === 'number' &&
    isRole(value.role) &&
    (value.title === undefined || typeof value.title === 'string') &&
    (value.lastOpenedAt === undefined || typeof value.lastOpenedAt === 'number')
  );
}

export function loadParticipant(boardId: string): JoinedParticipant | null {
  const participant = readStored(prefix + boardId, isJoinedParticipant);
  return participant?.boardId === boardId ? participant : null;
}

export function saveParticipant(participant: JoinedParticipant): void {
  writeStored(prefix + participant.boardId, participant);
}

export function forgetParticipant(boardId: string): void {
  removeStored(prefix + boardId);
}

/** Notes the board's title and when it was opened, for the start page's list. */
export function touchParticipant(boardId: string, title: string | undefined): void {
  const participant = loadParticipant(boardId);
  if (!participant) return;
  saveParticipant({ ...participant, title: title ?? participant.title, lastOpenedAt: Date.now() });
}

/** Every board this device has joined, most recently opened first. */
export function listJoinedParticipants(): JoinedParticipant[] {
  return storedKeys(prefix)
    .map((key) => readStored(key, isJoinedParticipant))
    .filter((participant): participant is JoinedParticipant => participant !== null)
    .sort((a, b) => (b.lastOpenedAt ?? b.joinedAt) - (a.lastOpenedAt ?? a.joinedAt));
}
