/** The public entry of this area (`@washup/shared/council`); files not listed here are its internals. */
export * from './applyCouncilCommand';
export * from './councilCommands';
export * from './councilConfig';
export * from './councilLabels';
export * from './councilRequests';
export * from './councilSelectors';
export * from './councilSpeakingRecord';
export * from './councilState';
export * from './createCouncil';
export * from './tickCouncil';
