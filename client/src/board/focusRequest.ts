/**
 * A card or theme moved through its menu is rendered afresh in its new place, so the focus the
 * person had on its menu would fall back to the page. The mover asks for focus by key; the menu
 * that next mounts (or closes) with that key takes it.
 */
let requested: string | null = null;

export function requestFocus(key: string): void {
  requested = key;
}

/** True once for the key that asked; clears the request. */
export function takeFocusRequest(key: string): boolean {
  if (requested !== key) return false;
  requested = null;
  return true;
}
