import { useMemo, useSyncExternalStore } from 'react';
import type { PresenceSender } from '@washup/shared/presence';
import type { Awareness } from 'y-protocols/awareness';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { presencePeople, type PresencePerson } from './presencePeople';

function presenceStore(awareness: Awareness, self: PresenceSender) {
  let snapshot: PresencePerson[] | null = null;
  return {
    subscribe(onChange: () => void) {
      // 'change' fires when someone arrives, leaves or changes their state; not on keep-alive renewals.
      const listener = () => {
        snapshot = null;
        onChange();
      };
      awareness.on('change', listener);
      return () => awareness.off('change', listener);
    },
    get(): PresencePerson[] {
      snapshot ??= presencePeople(awareness, self);
      return snapshot;
    },
  };
}

/** Everyone on the open board right now, you first. */
export function usePresence(): PresencePerson[] {
  const { awareness, identity } = useBoardConnection();
  const { participantId, name, role } = identity;
  const store = useMemo(() => presenceStore(awareness, { participantId, name, role }), [awareness, participantId, name, role]);
  return useSyncExternalStore(store.subscribe, store.get);
}
