import { useSyncExternalStore } from 'react';
import type { ConnectionStatus } from './connectionStatus';
import { useBoardConnection } from './BoardConnectionContext';

/** Link state, unsaved changes and a fatal refusal, re-rendering only when one of them changes. */
export function useConnectionStatus(): ConnectionStatus {
  const { status } = useBoardConnection();
  return useSyncExternalStore(status.subscribe, status.get);
}
