/** The public entry of this area (`@washup/shared/api`); files not listed here are its internals. */
export * from './ballots';
export * from './boardParams';
export * from './boards';
export * from './commands';
export * from './errors';
export * from './joinCodes';
export * from './restorePoints';
export * from './retention';
export * from './serverTime';
