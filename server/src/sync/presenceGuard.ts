import type { Awareness } from 'y-protocols/awareness';
import { canEditBoard } from '@washup/shared/auth';
import {
  boundPresenceUser,
  jsonNestingDepth,
  narrativePresenceField,
  presenceClaimSchema,
  readNarrativePresence,
  readPresenceUser,
  type PresenceSender,
} from '@washup/shared/presence';
import { readAwarenessEntries, writeAwarenessEntries, type AwarenessEntry } from './awarenessEntries';

/**
 * Presence is small: a device publishes where it is, a third-party client perhaps a cursor. These
 * caps keep a state cheap to parse and always safe to serialise again.
 */
export const presenceLimits = {
  /** A device uses one awareness client id; a few more allow for a page that reloads its doc. */
  clientIdsPerSocket: 4,
  /** Entries in one frame: a stock client echoes every change it hears, so one frame may carry a whole room. */
  entriesPerFrame: 2048,
  stateChars: 2048,
  stateDepth: 8,
} as const;

/** A presence update the relay will not take: the socket is closed with this message. */
export class PresenceRefused extends Error {}

/** Whoever sends presence: a socket, identified by the token it connected with. */
export interface PresenceHolder {
  readonly access: PresenceSender;
}

/**
 * Binds presence to its sender. Each awareness client id belongs to the socket that first claimed
 * it (or to the same participant reconnecting on a new socket); each state's `user` is rewritten
 * with the sender's participant as the relay knows it, so nobody can appear as someone else or
 * change or erase another person's presence.
 */
export class PresenceGuard {
  private readonly holders = new Map<number, PresenceHolder>();
  private readonly held = new Map<PresenceHolder, Set<number>>();

  constructor(private readonly awareness: Awareness) {}

  /**
   * Checks a client's awareness update and returns the one to apply, or null when it changes
   * nothing (an echo); throws PresenceRefused.
   */
  admit(update: Uint8Array, from: PresenceHolder): Uint8Array | null {
    // The stock provider sends back every presence change it hears: an entry no newer than the
    // relay's own is such an echo and changes nothing, unless its person is taking it over.
    const entries = readAwarenessEntries(update, presenceLimits.entriesPerFrame, (clientId, clock) => !this.isEcho(clientId, clock, from));
    if (entries.length === 0) return null;
    const kept: AwarenessEntry[] = [];
    const claimed = new Set(this.held.get(from));
    for (const entry of entries) {
      if (!this.mayWrite(entry.clientId, from)) throw new PresenceRefused(`client id ${entry.clientId} is someone else's presence`);
      if (entry.json === 'null') {
        // Removing an id this socket does not hold would only grow the awareness bookkeeping.
        if (claimed.delete(entry.clientId)) kept.push(entry);
        continue;
      }
      claimed.add(entry.clientId);
      kept.push({ ...entry, json: JSON.stringify(boundState(entry.json, from.access)) });
    }
    if (claimed.size > presenceLimits.clientIdsPerSocket) {
      throw new PresenceRefused(`a connection may hold ${presenceLimits.clientIdsPerSocket} presence client ids`);
    }
    for (const entry of kept) {
      if (entry.json === 'null') this.drop(entry.clientId);
      else this.take(entry.clientId, from);
    }
    return kept.length > 0 ? writeAwarenessEntries(kept) : null;
  }

  /** Forgets what a departing socket held; returns the ids whose states should now be removed. */
  release(holder: PresenceHolder): number[] {
    const ids = Array.from(this.held.get(holder) ?? []);
    for (const id of ids) this.holders.delete(id);
    this.held.delete(holder);
    return ids;
  }

  /** The one socket that holds every one of these presence ids, or null when they are not all one socket's. */
  soleHolder(clientIds: readonly number[]): PresenceHolder | null {
    const first = clientIds[0] === undefined ? undefined : this.holders.get(clientIds[0]);
    if (!first) return null;
    return clientIds.every((id) => this.holders.get(id) === first) ? first : null;
  }

  /** Whether a socket of this relay holds the presence id (a person who moved here from another relay, for one). */
  isHeld(clientId: number): boolean {
    return this.holders.has(clientId);
  }

  private isEcho(clientId: number, clock: number, from: PresenceHolder): boolean {
    const known = this.awareness.meta.get(clientId)?.clock;
    if (known === undefined || clock > known) return false;
    const holder = this.holders.get(clientId);
    return holder !== from && !(holder && samePerson(holder.access, from.access));
  }

  private mayWrite(clientId: number, from: PresenceHolder): boolean {
    const holder = this.holders.get(clientId);
    if (holder === from) return true;
    if (holder) return samePerson(holder.access, from.access);
    const current = this.awareness.getStates().get(clientId);
    if (current === undefined) return true;
    // A state from another relay: only the person it names may take it over (they reconnected here).
    const user = readPresenceUser(current);
    return user !== null && from.access.participantId !== null && user.participantId === from.access.participantId;
  }

  private take(clientId: number, holder: PresenceHolder): void {
    const previous = this.holders.get(clientId);
    if (previous && previous !== holder) this.held.get(previous)?.delete(clientId);
    this.holders.set(clientId, holder);
    let ids = this.held.get(holder);
    if (!ids) this.held.set(holder, (ids = new Set()));
    ids.add(clientId);
  }

  private drop(clientId: number): void {
    const holder = this.holders.get(clientId);
    this.holders.delete(clientId);
    if (holder) this.held.get(holder)?.delete(clientId);
  }
}

/** The same joined participant on two sockets, e.g. a device reconnecting before its old socket closed. */
function samePerson(a: PresenceSender, b: PresenceSender): boolean {
  return a.participantId !== null && a.participantId === b.participantId;
}

/** The state the relay publishes: the sender's own fields, with `user` set from who the sender is. */
function boundState(json: string, sender: PresenceSender): Record<string, unknown> {
  if (json.length > presenceLimits.stateChars) {
    throw new PresenceRefused(`presence state of ${json.length} characters is over the ${presenceLimits.stateChars} limit`);
  }
  if (jsonNestingDepth(json) > presenceLimits.stateDepth) {
    throw new PresenceRefused(`presence state nests deeper than ${presenceLimits.stateDepth} levels`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new PresenceRefused('presence state is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new PresenceRefused('presence state must be a JSON object');
  }
  const { user: _claimedUser, [narrativePresenceField]: _claimedWriting, ...fields } = parsed as Record<string, unknown>;
  const claim = presenceClaimSchema.safeParse(parsed);
  // What someone writes in the report is shown beside its paragraph: it goes on only when it reads, from someone who writes the board.
  const writing = readNarrativePresence(parsed);
  if (writing && canEditBoard(sender.role)) fields[narrativePresenceField] = writing;
  // Without a location there is nothing to show in Washup's list: the state goes on without a user.
  return claim.success ? { ...fields, user: boundPresenceUser(sender, claim.data.user.location) } : fields;
}
