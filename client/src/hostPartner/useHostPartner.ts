import { emptyHostPartner, type HostPartnerState } from '@washup/shared/hostPartner';
import { hostPartnerEntry } from '@washup/shared/relayDoc';
import { useRelayDocValue } from '../sync/useRelayDocValue';

/** The host's own acts as the relay recorded them; empty until the host has acted. */
export function useHostPartner(): HostPartnerState {
  return useRelayDocValue(hostPartnerEntry) ?? emptyHostPartner;
}
