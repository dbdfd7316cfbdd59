import { votesStateSchema } from '../voting/votesState';
import { relayDocEntry } from './relayDocEntry';

/** The board's vote rounds, as everyone may see them. */
export const votesEntry = relayDocEntry({ key: 'votes', label: 'vote rounds', schema: votesStateSchema });
