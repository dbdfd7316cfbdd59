import { ApiRequestError } from '../api/ApiRequestError';

export interface RefusalCopy {
  title: string;
  body: string;
}

/** Whether the relay refused an invite for good (a retry would not help). */
export function isRefusal(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError && (error.status === 401 || error.status === 403 || error.status === 404);
}

/** What to tell someone whose invite link the relay refused. */
export function refusalCopy(error: ApiRequestError): RefusalCopy {
  switch (error.code) {
    case 'token_expired':
      return { title: 'This invite link has expired', body: 'Ask the Lead Reviewer to send you a new link.' };
    case 'token_revoked':
      return { title: 'This invite link was replaced', body: 'The Lead Reviewer made new links for this board. Ask them for the new one.' };
    case 'board_not_found':
      return { title: 'This board no longer exists', body: 'It may have been deleted by the Lead Reviewer.' };
    case 'participant_removed':
      return { title: 'You were removed from this board', body: 'If that was a mistake, ask the Lead Reviewer for a new invite link.' };
    default:
      return { title: "This invite link doesn't work", body: `${error.message} Check you copied the whole link, or ask the Lead Reviewer for a new one.` };
  }
}
