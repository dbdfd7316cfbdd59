import { useEffect } from 'react';
import { presentationEntry } from '@washup/shared/relayDoc';
import type { Presentation } from '@washup/shared/room';
import { showOnBoard } from '../board/focusRequest';
import { navigate } from '../routing/navigate';
import { boardPath } from '../routing/route';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useRelayDocValue } from '../sync/useRelayDocValue';
import { useFollowSetting } from './useFollowSetting';

/**
 * The last presentation this tab moved to, per board: kept for the tab's life (a reload does not
 * move it again), forgotten when it stops following, so following again moves it at once.
 */
const appliedKey = (boardId: string) => `washup.followedPresentation:${boardId}`;

function lastApplied(boardId: string): number | null {
  try {
    const stored = window.sessionStorage.getItem(appliedKey(boardId));
    return stored === null ? null : Number(stored);
  } catch {
    return null;
  }
}

function noteApplied(boardId: string, serial: number | null): void {
  try {
    if (serial === null) window.sessionStorage.removeItem(appliedKey(boardId));
    else window.sessionStorage.setItem(appliedKey(boardId), String(serial));
  } catch {
    // Without session storage a reload moves this tab once more: harmless.
  }
}

/** Shows on this device what the Lead Reviewer presents: the view, and on the board the place. */
export function goToPresentation(boardId: string, presentation: Presentation): void {
  if (presentation.place) showOnBoard(presentation.place);
  const path = boardPath(boardId, presentation.view);
  if (window.location.pathname !== path) navigate(path);
}

/**
 * Brings this device to each new presentation of the Lead Reviewer while it follows (the default).
 * The Lead's own device drives and never follows.
 */
export function useFollowLead(): void {
  const { boardId, identity } = useBoardConnection();
  const presentation = useRelayDocValue(presentationEntry);
  const [following] = useFollowSetting();
  const leads = identity.role === 'facilitator';
  useEffect(() => {
    if (leads) return;
    if (!following) {
      noteApplied(boardId, null);
      return;
    }
    if (!presentation || lastApplied(boardId) === presentation.serial) return;
    noteApplied(boardId, presentation.serial);
    goToPresentation(boardId, presentation);
  }, [boardId, leads, following, presentation]);
}
