/** The public entry of this area (`@washup/shared/pstb`); files not listed here are its internals. */
export * from './applyPstbCommand';
export * from './createPstb';
export * from './pstbCommands';
export * from './pstbConfig';
export * from './pstbLabels';
export * from './pstbPlan';
export * from './pstbRequests';
export * from './pstbSelectors';
export * from './pstbShortlist';
export * from './pstbState';
export * from './pstbTimeline';
export * from './tickPstb';
