import { timeboxSchema } from '../room/timebox';
import { relayDocEntry } from './relayDocEntry';

/** The room's timebox, on the relay's clock. */
export const timeboxEntry = relayDocEntry({ key: 'timebox', label: 'timebox', schema: timeboxSchema });
