/**
 * Where a view's error boundary stands: showing the view, or its failure. `attempt` counts the
 * retries; the view is mounted afresh under each one, so a retry starts from a clean state.
 */
export interface ViewFailureState {
  failed: boolean;
  attempt: number;
}

export const workingView: ViewFailureState = { failed: false, attempt: 0 };

/** React asks for this when the view throws while rendering; the attempt is kept for the retry. */
export function failedView(): Pick<ViewFailureState, 'failed'> {
  return { failed: true };
}

/** The person asked to try again: the view is mounted anew. */
export function retriedView(state: ViewFailureState): ViewFailureState {
  return { failed: false, attempt: state.attempt + 1 };
}
