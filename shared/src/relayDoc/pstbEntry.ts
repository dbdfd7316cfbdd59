import { pstbStateSchema } from '../pstb/pstbState';
import { relayDocEntry } from './relayDocEntry';

/** The board's PSTB session. */
export const pstbEntry = relayDocEntry({
  key: 'pstb',
  label: 'PSTB session',
  schema: pstbStateSchema,
  migrations: [
    // The problem's `owner` became the `presenter`, Council's word for the same person. Sessions
    // stored between that rename (commit 3553cc0) and versions already say `presenter`: kept as they are.
    { to: 2, up: ({ owner, ...rest }) => (owner === undefined ? rest : { ...rest, presenter: owner }) },
  ],
});
