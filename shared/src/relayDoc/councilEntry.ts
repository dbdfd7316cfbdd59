import { councilStateSchema } from '../council/councilState';
import { relayDocEntry } from './relayDocEntry';

/** The board's Council session. */
export const councilEntry = relayDocEntry({ key: 'council', label: 'Council session', schema: councilStateSchema });
