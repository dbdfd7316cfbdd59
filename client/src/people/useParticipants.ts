import type { Participant } from '@washup/shared/api';
import { listParticipants } from '../api/participants';
import { useBoardRequest } from '../sync/useBoardRequest';

export interface ParticipantsState {
  participants: Participant[] | null;
  error: string | null;
  reload: () => void;
}

/** Who has joined the board, fetched while `active` (the dialog is open). */
export function useParticipants(active: boolean): ParticipantsState {
  const { value, error, reload } = useBoardRequest(active, listParticipants);
  return { participants: value, error, reload };
}
