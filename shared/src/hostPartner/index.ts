/** The public entry of this area (`@washup/shared/hostPartner`); files not listed here are its internals. */
export * from './hostPartnerCommands';
export * from './hostPartnerRules';
export * from './hostPartnerState';
export * from './themeAgreement';
