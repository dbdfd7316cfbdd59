import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import { deleteTheme, dissolveTheme, stepTheme, type ThemeView } from '@washup/shared/board';
import { themeAgreementOf } from '@washup/shared/hostPartner';
import { HostComments } from '../hostPartner/HostComments';
import { ThemeAgreementBadge } from '../hostPartner/ThemeAgreementBadge';
import { useHostPartner } from '../hostPartner/useHostPartner';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { changeAndAnnounce, moveAndAnnounce } from './announcements';
import { CardTile } from './CardTile';
import { DragHandle } from './DragHandle';
import { DropZone } from './DropZone';
import { requestFocus, takeFocusRequest } from './focusRequest';
import { MergeThemeMenu } from './MergeThemeMenu';
import { MoveThemeMenu } from './MoveThemeMenu';
import { stepFromKey } from './reorderKeys';
import { sameThemeView } from './sameContent';
import { setThemeOpen, useThemeOpen } from './themeExpansion';
import { ThemeWordingForm } from './ThemeWordingForm';
import { TriangulationMeter } from './TriangulationMeter';

interface Props {
  item: ThemeView;
  /** Whether it starts open: a lane holding many themes shows them closed. */
  openByDefault: boolean;
}

/**
 * A theme: its title and feedback wording, where it stands with the host, how well its evidence
 * is triangulated, and its cards. Closed, it shows only its title, wording, meter and count (its
 * cards are not even rendered, which keeps a board of thousands quick); open, everything. Cards
 * dropped on it join it; the grip drags the whole theme, Alt+↑/↓ on its head moves it among the
 * lane's themes. It can be merged into another theme, dissolved (its cards stay loose in its lane)
 * or, once it has no cards, deleted; each at once, with an Undo. A theme left empty says so, and
 * stays out of the report.
 */
export const ThemeBlock = memo(
  function ThemeBlock({ item, openByDefault }: Props) {
    const { canEdit, board, undoHistory } = useBoardConnection();
    const { theme, cards, triangulation } = item;
    const agreement = themeAgreementOf(useHostPartner(), theme);
    // A theme just made from its lane's "New theme" opens on its wording.
    const [editing, setEditing] = useState(() => takeFocusRequest(`theme-edit:${theme.id}`));
    const open = useThemeOpen(theme.id, openByDefault) || editing;
    const data = useMemo(() => ({ kind: 'theme' as const, id: theme.id, label: theme.title }), [theme.id, theme.title]);
    const reorder = (event: KeyboardEvent) => {
      const step = canEdit ? stepFromKey(event) : null;
      if (!step) return;
      event.preventDefault();
      requestFocus(`theme-toggle:${theme.id}`);
      moveAndAnnounce(undoHistory, `Theme “${theme.title}” moved ${step}.`, () => stepTheme(board, theme.id, step));
    };
    const count = cards.length === 1 ? '1 card' : `${cards.length} cards`;
    const content = (
      <>
        <header className="theme__head" onKeyDown={reorder}>
          {canEdit ? <DragHandle dragId={`drag-theme:${theme.id}`} data={data} /> : null}
          <h5 className="theme__title">{theme.title}</h5>
          <span className="theme__count">{count}</span>
          <ThemeToggle themeId={theme.id} title={theme.title} open={open} />
        </header>
        {editing ? <ThemeWordingForm theme={theme} onDone={() => setEditing(false)} /> : null}
        {!editing && theme.summary ? <p className="theme__summary">{theme.summary}</p> : null}
        {!editing && !theme.summary && canEdit && open ? <p className="theme__summary theme__summary--empty">No feedback wording yet.</p> : null}
        {cards.length === 0 ? (
          <p className="theme__empty">{canEdit ? 'No cards left: dissolve or delete this theme. It is not in the report.' : 'No cards left; not in the report.'}</p>
        ) : (
          <TriangulationMeter triangulation={triangulation} />
        )}
        {open && canEdit ? (
          <div className="theme__controls">
            <div className="theme__actions">
              <MoveThemeMenu theme={theme} />
              <MergeThemeMenu theme={theme} />
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Dissolve theme ${theme.title}`}
                onClick={() => changeAndAnnounce(undoHistory, `Theme “${theme.title}” dissolved.`, () => dissolveTheme(board, theme.id), true)}
              >
                Dissolve
              </button>
              {cards.length === 0 ? (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={`Delete theme ${theme.title}`}
                  onClick={() => changeAndAnnounce(undoHistory, `Theme “${theme.title}” deleted.`, () => deleteTheme(board, theme.id), true)}
                >
                  Delete
                </button>
              ) : null}
              {editing ? null : (
                <button type="button" className="button button--ghost button--small" aria-label={`Edit theme ${theme.title}`} onClick={() => setEditing(true)}>
                  Edit
                </button>
              )}
            </div>
          </div>
        ) : null}
        <ThemeAgreementBadge agreement={agreement} />
        {open ? <HostComments themeId={theme.id} label={theme.title} /> : null}
        {open ? (
          <div className="theme__cards">
            {cards.map((card) => (
              <CardTile key={card.id} card={card} compact />
            ))}
          </div>
        ) : null}
      </>
    );
    const name = `Theme: ${theme.title}`;
    const attributes = { 'data-host': agreement.state, 'data-open': open ? 'true' : 'false', 'data-theme-id': theme.id };
    if (!canEdit) {
      return (
        <section className="theme" aria-label={name} {...attributes}>
          {content}
        </section>
      );
    }
    return (
      <DropZone dropId={`theme:${theme.id}`} data={data} as="section" className="theme" name={name} attributes={attributes}>
        {content}
      </DropZone>
    );
  },
  (previous, next) => previous.openByDefault === next.openByDefault && sameThemeView(previous.item, next.item),
);

/** Opens or closes one theme; takes the focus back after the theme moved by keyboard. */
function ThemeToggle({ themeId, title, open }: { themeId: string; title: string; open: boolean }) {
  const focusKey = `theme-toggle:${themeId}`;
  return (
    <button
      type="button"
      ref={(element) => {
        if (element && takeFocusRequest(focusKey)) requestAnimationFrame(() => element.focus());
      }}
      className="button button--ghost button--small theme__toggle"
      aria-expanded={open}
      aria-label={open ? `Collapse theme ${title}` : `Expand theme ${title}`}
      onClick={() => setThemeOpen(themeId, !open)}
    >
      <span aria-hidden="true">{open ? '▴' : '▾'}</span>
    </button>
  );
}
