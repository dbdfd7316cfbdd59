/** The public entry of this area (`@washup/shared/auth`); files not listed here are its internals. */
export * from './claims';
export * from './roles';
