import { InstancePresenceRecordType, react, type Editor, type TLInstancePresence, type TLShapeId } from 'tldraw';
import type { Awareness } from 'y-protocols/awareness';
import { readPresenceUser } from '@washup/shared/presence';

/** The field of a presence state where a device says where its pointer is on the canvas and what it has selected. */
const canvasField = 'canvas';
/** Presence states are small (the relay allows 2,048 characters): a long selection is shown in part. */
const maxSelectedShown = 24;
/** At most this often a device publishes its pointer: the relay coalesces presence every 30 ms anyway. */
const publishEveryMs = 80;

interface CanvasPresence {
  x: number;
  y: number;
  page: string;
  selected: string[];
}

function readCanvasPresence(state: Record<string, unknown>): CanvasPresence | null {
  const value = state[canvasField];
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, page, selected } = value as Record<string, unknown>;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y) || typeof page !== 'string') return null;
  const ids = Array.isArray(selected) ? selected.filter((id): id is string => typeof id === 'string').slice(0, maxSelectedShown) : [];
  return { x, y, page, selected: ids };
}

/**
 * Others' pointers and selections on the canvas, from the board's presence (awareness), drawn by
 * tldraw as collaborators with the names and colours Washup's presence gives them (set by the
 * relay from each token, so nobody can appear as someone else). This device publishes its own
 * pointer and selection beside its location, and takes them back when the canvas closes.
 */
export function shareCanvasPresence(editor: Editor, awareness: Awareness): () => void {
  let lastPublished = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const publish = () => {
    timer = null;
    lastPublished = Date.now();
    const pointer = editor.inputs.getCurrentPagePoint();
    const presence: CanvasPresence = {
      x: Math.round(pointer.x),
      y: Math.round(pointer.y),
      page: editor.getCurrentPageId(),
      selected: editor.getSelectedShapeIds().slice(0, maxSelectedShown),
    };
    awareness.setLocalStateField(canvasField, presence);
  };
  const stopPublishing = react('publish canvas presence', () => {
    editor.inputs.getCurrentPagePoint();
    editor.getSelectedShapeIds();
    if (timer) return;
    timer = setTimeout(publish, Math.max(0, publishEveryMs - (Date.now() - lastPublished)));
  });

  const shown = new Set<TLInstancePresence['id']>();
  const showOthers = () => {
    const next: TLInstancePresence[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const user = readPresenceUser(state);
      const canvas = readCanvasPresence(state);
      if (!user || !canvas) continue;
      next.push(
        InstancePresenceRecordType.create({
          id: InstancePresenceRecordType.createId(String(clientId)),
          userId: `user:${user.participantId}` as TLInstancePresence['userId'],
          userName: user.name,
          color: user.colour,
          currentPageId: canvas.page as TLInstancePresence['currentPageId'],
          cursor: { x: canvas.x, y: canvas.y, type: 'default', rotation: 0 },
          selectedShapeIds: canvas.selected as TLShapeId[],
          lastActivityTimestamp: Date.now(),
        }),
      );
    }
    const gone = [...shown].filter((id) => !next.some((record) => record.id === id));
    shown.clear();
    for (const record of next) shown.add(record.id);
    editor.store.mergeRemoteChanges(() => {
      if (gone.length > 0) editor.store.remove(gone);
      if (next.length > 0) editor.store.put(next);
    });
  };
  awareness.on('change', showOthers);
  showOthers();

  return () => {
    stopPublishing();
    if (timer) clearTimeout(timer);
    awareness.off('change', showOthers);
    awareness.setLocalStateField(canvasField, null);
  };
}
