/** The public entry of this area (`@washup/shared/session`); files not listed here are its internals. */
export * from './actor';
export * from './durations';
export * from './formatSpan';
export * from './idList';
export * from './outcome';
export * from './person';
export * from './segment';
export * from './sessionNotes';
export * from './sessionRequests';
export * from './timedSession';
export * from './timer';
export * from './timerCommands';
