import { memo, useMemo, useState } from 'react';
import type { ThemeView } from '@washup/shared/board';
import { HostAgreementControl } from '../report/HostAgreementControl';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { CardTile } from './CardTile';
import { DragHandle } from './DragHandle';
import { DropZone } from './DropZone';
import { hostAgreementLabels } from './labels';
import { MoveThemeMenu } from './MoveThemeMenu';
import { sameThemeView } from './sameContent';
import { ThemeWordingForm } from './ThemeWordingForm';
import { TriangulationMeter } from './TriangulationMeter';

/**
 * A theme: its title and feedback wording, where it stands with the host, how well its evidence
 * is triangulated, and its cards. Cards dropped on it join it; the grip drags the whole theme.
 */
export const ThemeBlock = memo(
  function ThemeBlock({ item }: { item: ThemeView }) {
    const { canEdit } = useBoardConnection();
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
        <TriangulationMeter triangulation={triangulation} />
        {canEdit ? (
          <div className="theme__controls">
            <HostAgreementControl theme={theme} label={theme.title} />
            <div className="theme__actions">
              <MoveThemeMenu theme={theme} />
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
