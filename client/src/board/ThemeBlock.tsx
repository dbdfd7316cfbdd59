import { memo, useMemo, useState } from 'react';
import { deleteTheme, dissolveTheme, type ThemeView } from '@washup/shared/board';
import { HostAgreementControl } from '../report/HostAgreementControl';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { changeAndAnnounce } from './announcements';
import { CardTile } from './CardTile';
import { DragHandle } from './DragHandle';
import { DropZone } from './DropZone';
import { hostAgreementLabels } from './labels';
import { MergeThemeMenu } from './MergeThemeMenu';
import { MoveThemeMenu } from './MoveThemeMenu';
import { sameThemeView } from './sameContent';
import { ThemeWordingForm } from './ThemeWordingForm';
import { TriangulationMeter } from './TriangulationMeter';

/**
 * A theme: its title and feedback wording, where it stands with the host, how well its evidence
 * is triangulated, and its cards. Cards dropped on it join it; the grip drags the whole theme.
 * It can be merged into another theme, dissolved (its cards stay loose in its lane) or, once it has
 * no cards, deleted; each at once, with an Undo. A theme left empty says so, and stays out of the report.
 */
export const ThemeBlock = memo(
  function ThemeBlock({ item }: { item: ThemeView }) {
    const { canEdit, board, undoHistory } = useBoardConnection();
    const { theme, cards, triangulation } = item;
    const [editing, setEditing] = useState(false);
    const data = useMemo(() => ({ kind: 'theme' as const, id: theme.id, label: theme.title }), [theme.id, theme.title]);
    const content = (
      <>
        <header className="theme__head">
          {canEdit ? <DragHandle dragId={`drag-theme:${theme.id}`} data={data} /> : null}
          <h5 className="theme__title">{theme.title}</h5>
          <span className="theme__count">{cards.length === 1 ? '1 card' : `${cards.length} cards`}</span>
        </header>
        {editing ? <ThemeWordingForm theme={theme} onDone={() => setEditing(false)} /> : null}
        {!editing && theme.summary ? <p className="theme__summary">{theme.summary}</p> : null}
        {!editing && !theme.summary && canEdit ? <p className="theme__summary theme__summary--empty">No feedback wording yet.</p> : null}
        {cards.length === 0 ? (
          <p className="theme__empty">{canEdit ? 'No cards left: dissolve or delete this theme. It is not in the report.' : 'No cards left; not in the report.'}</p>
        ) : (
          <TriangulationMeter triangulation={triangulation} />
        )}
        {canEdit ? (
          <div className="theme__controls">
            <HostAgreementControl theme={theme} label={theme.title} />
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
        ) : (
          <p className="agreement-badge" data-host={theme.hostAgreement}>
            {hostAgreementLabels[theme.hostAgreement]}
          </p>
        )}
        <div className="theme__cards">
          {cards.map((card) => (
            <CardTile key={card.id} card={card} />
          ))}
        </div>
      </>
    );
    const name = `Theme: ${theme.title}`;
    if (!canEdit) {
      return (
        <section className="theme" aria-label={name} data-host={theme.hostAgreement}>
          {content}
        </section>
      );
    }
    return (
      <DropZone dropId={`theme:${theme.id}`} data={data} as="section" className="theme" name={name} attributes={{ 'data-host': theme.hostAgreement }}>
        {content}
      </DropZone>
    );
  },
  (previous, next) => sameThemeView(previous.item, next.item),
);
