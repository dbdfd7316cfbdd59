/** The public entry of this area (`@washup/shared/presence`); files not listed here are its internals. */
export * from './jsonNesting';
export * from './narrativePresence';
export * from './presenceColours';
export * from './presenceUser';
