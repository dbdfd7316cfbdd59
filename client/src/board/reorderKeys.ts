import type { KeyboardEvent } from 'react';
import type { Step } from '@washup/shared/board';

/** Alt+↑ and Alt+↓ move a card or theme one place among its neighbours (the arrows alone scroll and browse lists). */
export function stepFromKey(event: KeyboardEvent): Step | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key === 'ArrowUp') return 'up';
  if (event.key === 'ArrowDown') return 'down';
  return null;
}
