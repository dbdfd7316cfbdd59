/** The public entry of this area (`@washup/shared/rules`); files not listed here are its internals. */
export * from './outcome';
export * from './sizeInWords';
