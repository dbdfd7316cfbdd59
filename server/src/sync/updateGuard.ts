import * as Y from 'yjs';
import {
  collectionNames,
  isNarrativeRoot,
  isReportWordCollection,
  narrativeStateKey,
  readBoardMeta,
  readRecordEntry,
  recordRefusalPrefix,
  unreadableName,
  type CollectionName,
  type DocContentRules,
} from '@washup/shared/board';
import { canvasEntryProblem, canvasLockKind, canvasMetaKeys, canvasMetaProblem, canvasRoots } from '@washup/shared/canvas';
import { readVersioned } from '@washup/shared/records';
import { finalVersionMarkKey } from '@washup/shared/reportFlow';
import type { DecodedUpdate } from './decodedUpdate';
import { forEachNewlyDeletedItem, type DeleteSet } from './deletedItems';
import { NarrativeRule } from './narrativeRule';
import { onlyDuplicatesDropped, reportFrozenProblem } from './reportFreezeRule';
import { themeAgreementProblem } from './themeAgreementRule';

/** Who writes, as far as the canvas's lock is concerned. */
export interface CanvasWriter {
  leadReviewer: boolean;
}

/** Whether the stored lock says locked; a lock that does not read counts as locked, as every client reads it. */
function canvasLocked(doc: Y.Doc): boolean {
  const stored: unknown = doc.getMap(canvasRoots.meta).get(canvasMetaKeys.lock);
  if (stored === undefined) return false;
  const reading = readVersioned(canvasLockKind, stored);
  return reading.ok ? reading.value.locked : true;
}

/** A client's update that would store a record failing its schema or its doc's rules; the message is the close reason. */
export class UpdateRefused extends Error {}

/**
 * Where an item of the update goes: a record collection, the board's settings, somewhere no reader
 * looks (another root, a key of `meta` other than `board`, inside a nested type: left alone, as
 * the relay stays a plain Yjs relay there), or not known yet because the item it was inserted
 * beside has not arrived (Yjs keeps it pending).
 */
type Place =
  | { kind: 'collection'; name: CollectionName }
  | { kind: 'meta' }
  | { kind: 'canvas' }
  | { kind: 'canvasMeta'; key: string }
  | { kind: 'narrative'; root: string; key: string | null }
  | { kind: 'narrativeState' }
  | { kind: 'finalVersionMark' }
  | { kind: 'elsewhere' }
  | { kind: 'unknown' };

const collections = new Set<string>(collectionNames);

function placeOfRoot(root: string, key: string | null): Place {
  if (key === null && collections.has(root)) return { kind: 'collection', name: root as CollectionName };
  if (root === 'meta' && key === 'board') return { kind: 'meta' };
  if (root === 'meta' && key === narrativeStateKey) return { kind: 'narrativeState' };
  if (root === 'meta' && key === finalVersionMarkKey) return { kind: 'finalVersionMark' };
  if (isNarrativeRoot(root)) return { kind: 'narrative', root, key };
  if (root === canvasRoots.records && key === null) return { kind: 'canvas' };
  if (root === canvasRoots.meta && key !== null) return { kind: 'canvasMeta', key };
  return { kind: 'elsewhere' };
}

/** The place an item of an update states itself: a root name (with a map key), or a nested type's id. */
function ownPlace(item: Y.Item): Place | undefined {
  // Decoded, not integrated: the parent is the root's name as a string, a nested type's ID, or null.
  const parent: unknown = item.parent;
  if (typeof parent === 'string') return placeOfRoot(parent, item.parentSub);
  if (parent !== null) return { kind: 'elsewhere' };
  return undefined;
}

/** The place of an item already in the doc, from its parent type. */
function placeOfIntegrated(struct: Y.Item | Y.GC): Place {
  // A GC'd neighbour means its parent was deleted: Yjs drops what is inserted beside it.
  if (!(struct instanceof Y.Item) || !(struct.parent instanceof Y.AbstractType)) return { kind: 'elsewhere' };
  const parent: Y.AbstractType<unknown> = struct.parent;
  if (parent._item !== null) return { kind: 'elsewhere' };
  return placeOfRoot(Y.findRootTypeKey(parent), struct.parentSub);
}

/**
 * Finds each item's place from what the update itself says (a root name, or a nested parent) or,
 * when it says nothing, from the item it was inserted beside: in the doc (a binary search of that
 * client's structs) or earlier in the same update. Costs O(items in the update × log(doc)).
 */
class Placer {
  private readonly places = new Map<Y.Item, Place>();
  private readonly byClient = new Map<number, Y.Item[]>();

  constructor(
    private readonly doc: Y.Doc,
    items: readonly Y.Item[],
  ) {
    for (const item of items) {
      const list = this.byClient.get(item.id.client) ?? [];
      list.push(item);
      this.byClient.set(item.id.client, list);
    }
  }

  placeOf(start: Y.Item): Place {
    // Follows neighbours inside the update in a loop, not by recursion: a 5,000-record sync is one long chain.
    const chain = new Set<Y.Item>();
    let item: Y.Item | null = start;
    let place: Place | undefined;
    while (place === undefined) {
      // Missing, or a cycle that only a forged update has: either way Yjs parks it.
      if (item === null || chain.has(item)) {
        place = { kind: 'unknown' };
        break;
      }
      place = this.places.get(item) ?? ownPlace(item);
      if (place !== undefined) break;
      chain.add(item);
      const neighbour: Y.ID | null = item.origin ?? item.rightOrigin;
      if (neighbour === null) place = { kind: 'unknown' };
      else if (neighbour.clock < Y.getState(this.doc.store, neighbour.client)) place = placeOfIntegrated(Y.getItem(this.doc.store, neighbour));
      else item = this.inUpdate(neighbour);
    }
    for (const link of chain) this.places.set(link, place);
    return place;
  }

  private inUpdate(id: Y.ID): Y.Item | null {
    const items = this.byClient.get(id.client);
    if (!items) return null;
    let low = 0;
    let high = items.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = items[middle];
      if (!item) break;
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return null;
  }
}

/** Why one value may not be stored in a collection of this doc, in the words of a close reason; null when it may. */
function recordProblem(value: unknown, name: CollectionName, rules: DocContentRules): string | null {
  const reading = readRecordEntry(name, value);
  if (!reading.ok) return `${unreadableName(reading.unreadable)} fails its schema: ${reading.unreadable.problem}`;
  return rules.recordProblem(name, reading.record);
}

/** Why one value may not be stored at its place, in the words of a close reason; null when it may. */
function problemWith(doc: Y.Doc, value: unknown, place: Exclude<Place, { kind: 'elsewhere' | 'narrative' | 'narrativeState' | 'finalVersionMark' }>, rules: DocContentRules): string | null {
  if (place.kind === 'unknown') {
    // Parked until its neighbour arrives, it is not known where it lands: it must be a record this doc may hold in some collection,
    // and if it could land among the themes, one that may go there.
    const somewhere =
      collectionNames.some((name) => recordProblem(value, name, rules) === null) || (rules.boardWide && canvasEntryProblem(value) === null);
    return somewhere ? themeAgreementProblem(doc, value) : 'a write waiting for a missing neighbour is no valid record';
  }
  if (place.kind === 'meta') {
    if (!rules.boardWide) return "a private doc holds no board settings";
    const reading = readBoardMeta(value);
    return reading.ok ? null : `${unreadableName(reading.unreadable)} fails its schema: ${reading.unreadable.problem}`;
  }
  if (place.kind === 'canvas' || place.kind === 'canvasMeta') {
    if (!rules.boardWide) return 'a private doc holds no canvas';
    return place.kind === 'canvas' ? canvasEntryProblem(value) : canvasMetaProblem(place.key, value);
  }
  return recordProblem(value, place.name, rules) ?? (place.name === 'themes' ? themeAgreementProblem(doc, value) : null);
}

/** Refuses a write or deletion, by anyone but the Lead Reviewer, of a canvas setting only they change: the lock, the canvas image in the report. */
function refuseLeadOnlySetting(key: string): void {
  if (key === canvasMetaKeys.lock) throw new UpdateRefused(`${recordRefusalPrefix}only the Lead Reviewer locks or unlocks the canvas`);
  if (key === canvasMetaKeys.reportImage) throw new UpdateRefused(`${recordRefusalPrefix}only the Lead Reviewer puts the canvas into the report`);
}

/**
 * Refuses a deletion on the canvas by someone other than the Lead Reviewer that the lock forbids:
 * removing the lock itself (which would unlock it) or the canvas image in the report, or, while it is set, removing any canvas
 * record or setting. Deletions are in the update's delete set, which the pass over its items never
 * sees; only items the doc still holds count, so a reconnecting client's resent delete set passes.
 */
function refuseCanvasDeletions(doc: Y.Doc, ds: DeleteSet, lockedOut: boolean): void {
  forEachNewlyDeletedItem(doc, ds, (item) => {
    const place = placeOfIntegrated(item);
    if (place.kind === 'canvasMeta') refuseLeadOnlySetting(place.key);
    if (lockedOut && (place.kind === 'canvas' || place.kind === 'canvasMeta')) throw new UpdateRefused(`${recordRefusalPrefix}the Lead Reviewer has locked the canvas; nothing was deleted`);
  });
}

/**
 * Refuses a deletion the final version forbids (`frozen`: why the report is frozen): any of the
 * narrative's characters, or a record of a frozen collection (a dropped duplicate aside).
 */
function refuseFrozenDeletions(doc: Y.Doc, ds: DeleteSet, frozen: string): void {
  forEachNewlyDeletedItem(doc, ds, (item, values) => {
    const place = placeOfIntegrated(item);
    const frozenPlace = place.kind === 'narrative' || (place.kind === 'collection' && isReportWordCollection(place.name) && !onlyDuplicatesDropped(doc, place.name, values, ds));
    if (frozenPlace) throw new UpdateRefused(`${recordRefusalPrefix}${frozen}`);
  });
}

/**
 * Refuses (throws UpdateRefused) a client's update that would put anything but a valid record
 * its doc may hold (`rules`) where readers look (a collection's entries, the board's settings),
 * or delete the settings (only the relay writes them). A private doc holds nothing else at all,
 * so there a write anywhere else is refused too. It reads only what the update carries, never the whole
 * doc, so its cost follows the update's size. Deleting a record is not checked: that removes it
 * whole and leaves nothing half-valid (except on a locked canvas: see
 * refuseCanvasDeletions). Items the doc already holds (a resend) are skipped, since
 * applying them changes nothing.
 * The report's narrative holds plain text only, within its size limits (NarrativeRule).
 * On the canvas, only the Lead Reviewer (`writer.leadReviewer`) sets its lock, and while it is set
 * only they add, change or delete its records. While a version of the report is final (the relay's
 * mark in `meta`, which no client writes), nobody changes the report's own words, estimates or
 * redactions (reportFreezeRule). A theme gains no agreement from before hosts (themeAgreementRule).
 */
export function refuseInvalidRecords(doc: Y.Doc, { structs, ds }: DecodedUpdate, rules: DocContentRules, writer: CanvasWriter = { leadReviewer: false }): void {
  const fresh = structs.filter(
    (struct): struct is Y.Item => struct instanceof Y.Item && struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client),
  );
  const placer = new Placer(doc, fresh);
  const lockedOut = !writer.leadReviewer && canvasLocked(doc);
  const narrative = new NarrativeRule(doc, ds.clients);
  const frozen = rules.boardWide ? reportFrozenProblem(doc) : null;
  for (const item of fresh) {
    if (item.content instanceof Y.ContentDeleted) continue;
    const place = placer.placeOf(item);
    if (place.kind === 'elsewhere') {
      if (rules.boardWide) continue;
      throw new UpdateRefused(`${recordRefusalPrefix}a private doc holds reviewer-learning cards only`);
    }
    if (place.kind === 'narrativeState') throw new UpdateRefused(`${recordRefusalPrefix}only the relay moves the narrative into its texts`);
    if (place.kind === 'finalVersionMark') throw new UpdateRefused(`${recordRefusalPrefix}only the relay marks the report final`);
    if (frozen && (place.kind === 'narrative' || (place.kind === 'collection' && isReportWordCollection(place.name)))) throw new UpdateRefused(`${recordRefusalPrefix}${frozen}`);
    if (place.kind === 'narrative') {
      const problem = rules.boardWide ? narrative.itemProblem(item, place.root, place.key) : 'a private doc holds no narrative';
      if (problem) throw new UpdateRefused(`${recordRefusalPrefix}${problem}`);
      continue;
    }
    if (!(item.content instanceof Y.ContentAny)) {
      const kind = item.content instanceof Y.ContentType ? 'a nested shared type' : 'content other than plain values';
      throw new UpdateRefused(`${recordRefusalPrefix}${kind} where a board keeps plain records`);
    }
    for (const value of item.content.arr) {
      const problem = problemWith(doc, value, place, rules);
      if (problem) throw new UpdateRefused(`${recordRefusalPrefix}${problem}`);
    }
    if (!writer.leadReviewer && (place.kind === 'canvas' || place.kind === 'canvasMeta')) {
      if (place.kind === 'canvasMeta') refuseLeadOnlySetting(place.key);
      if (lockedOut) throw new UpdateRefused(`${recordRefusalPrefix}the Lead Reviewer has locked the canvas`);
    }
  }
  const sizeProblem = narrative.sizeProblem();
  if (sizeProblem) throw new UpdateRefused(`${recordRefusalPrefix}${sizeProblem}`);
  if (!writer.leadReviewer) refuseCanvasDeletions(doc, ds, lockedOut);
  if (frozen) refuseFrozenDeletions(doc, ds, frozen);
  const meta = doc.getMap('meta')._map;
  const relayOnly = [['board', "the board's settings"], [narrativeStateKey, "the narrative's state"], [finalVersionMarkKey, "the report's final mark"]] as const;
  for (const [key, what] of relayOnly) {
    const stored = meta.get(key);
    if (stored && !stored.deleted && Y.isDeleted(ds, stored.id)) throw new UpdateRefused(`${recordRefusalPrefix}only the relay may replace or delete ${what}`);
  }
}
