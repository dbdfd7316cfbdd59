import { hostPartnerStateSchema } from '../hostPartner/hostPartnerState';
import { relayDocEntry } from './relayDocEntry';

/** The host's own acts: agreements with themes, comments on them and key questions proposed or agreed, with who and when. */
export const hostPartnerEntry = relayDocEntry({ key: 'hostPartner', label: "host's record", schema: hostPartnerStateSchema });
