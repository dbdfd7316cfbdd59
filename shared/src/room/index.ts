/** The public entry of this area (`@washup/shared/room`): following the Lead Reviewer, phase cues and timeboxes. */
export * from './phaseCues';
export * from './presentation';
export * from './roomState';
export * from './runningTimers';
export * from './timebox';
export * from './voteTimebox';
