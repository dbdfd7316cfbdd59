/** The public entry of this area (`@washup/shared/relayDoc`); files not listed here are its internals. */
export * from './appendPastSession';
export * from './councilEntry';
export * from './hostPartnerEntry';
export * from './pastSessionOf';
export * from './pastSessionsEntry';
export * from './presentationEntry';
export * from './pstbEntry';
export * from './relayDoc';
export * from './relayDocEntries';
export * from './relayDocEntry';
export * from './reportFlowEntry';
export * from './timeboxEntry';
export * from './unreadableRelayDocNotice';
export * from './versionCitationsEntry';
export * from './votesEntry';
