import type { RestorePoint } from '@washup/shared/api';
import { listRestorePoints } from '../api/restorePoints';
import { useBoardRequest } from '../sync/useBoardRequest';

export interface RestorePointsState {
  points: RestorePoint[] | null;
  error: string | null;
  reload: () => void;
}

/** The board's restore points, fetched while `active` (the dialog is open). */
export function useRestorePoints(active: boolean): RestorePointsState {
  const { value, error, reload } = useBoardRequest(active, listRestorePoints);
  return { points: value, error, reload };
}
