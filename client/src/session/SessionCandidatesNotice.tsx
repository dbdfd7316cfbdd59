import { ErrorAlert } from '../ui/ErrorAlert';
import type { SessionCandidates } from './useSessionCandidates';

/** Above a session's set-up: why the list of people may be wrong or too short to start. */
export function SessionCandidatesNotice({ candidates }: { candidates: SessionCandidates }) {
  const { people, loaded, error } = candidates;
  return (
    <>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {loaded && people.length < 2 ? <p className="notice">At least the host and one peer reviewer need to have joined the board.</p> : null}
    </>
  );
}
