import { presentationSchema } from '../room/presentation';
import { relayDocEntry } from './relayDocEntry';

/** What the Lead Reviewer presents to the room: devices that follow show it, and so does the screen link. */
export const presentationEntry = relayDocEntry({ key: 'presentation', label: "Lead Reviewer's presentation", schema: presentationSchema });
