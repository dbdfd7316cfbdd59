/** Durations are plain milliseconds everywhere, so they add up without unit conversions. */
export const secondMs = 1_000;
export const minuteMs = 60 * secondMs;

/** What "add a minute" and "take a minute" move the current countdown by. */
export const timerStepMs = minuteMs;
