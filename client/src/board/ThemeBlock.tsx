import { memo } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { editThemeSummary, renameTheme, setHostAgreement, type HostAgreement, type ThemeView } from '@washup/shared';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { CardTile } from './CardTile';
import { sameThemeView } from './sameContent';
import { ThemeMoveMenu } from './ThemeMoveMenu';
import { TriangulationMeter } from './TriangulationMeter';

const agreementLabels: Record<HostAgreement, string> = { none: 'Not yet with host', tested: 'Tested with host', agreed: 'Agreed with host' };

/** A theme: its wording, host agreement, triangulation, and its cards; cards can be dropped onto it. */
export const ThemeBlock = memo(
  function ThemeBlock({ item }: { item: ThemeView }) {
  const { board, canEdit } = useBoardConnection();
  const { theme, cards, triangulation } = item;
  const drop = useDroppable({ id: `theme:${theme.id}`, data: { kind: 'theme', id: theme.id }, disabled: !canEdit });
  const drag = useDraggable({ id: `drag-theme:${theme.id}`, data: { kind: 'theme', id: theme.id }, disabled: !canEdit });
  return (
    <section ref={drop.setNodeRef} className="theme" data-over={drop.isOver || undefined} aria-label={`Theme: ${theme.title}`}>
      <header className="theme__head">
        {canEdit ? (
          <button type="button" ref={drag.setNodeRef} className="card-tile__handle" aria-label={`Drag theme ${theme.title}`} {...drag.listeners} {...drag.attributes}>
            ⠿
          </button>
        ) : null}
        {canEdit ? (
          <input
            className="theme__title-input"
            aria-label="Theme title"
            defaultValue={theme.title}
            key={theme.title}
            onBlur={(event) => event.target.value.trim() && event.target.value !== theme.title && renameTheme(board, theme.id, event.target.value)}
          />
        ) : (
          <h4 className="theme__title">{theme.title}</h4>
        )}
      </header>
      {canEdit ? (
        <textarea
          className="input theme__summary"
          aria-label={`Feedback wording for ${theme.title}`}
          placeholder="The feedback point, in the words you will use with the host"
          rows={2}
          defaultValue={theme.summary}
          key={theme.summary}
          onBlur={(event) => event.target.value !== theme.summary && editThemeSummary(board, theme.id, event.target.value)}
        />
      ) : theme.summary ? (
        <p className="theme__summary-text">{theme.summary}</p>
      ) : null}
      <TriangulationMeter triangulation={triangulation} />
      <div className="theme__controls">
        <select
          className="move-to"
          aria-label={`Host agreement for ${theme.title}`}
          value={theme.hostAgreement}
          disabled={!canEdit}
          onChange={(event) => setHostAgreement(board, theme.id, event.target.value as HostAgreement)}
        >
          {Object.entries(agreementLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {canEdit ? <ThemeMoveMenu themeId={theme.id} title={theme.title} /> : null}
      </div>
      <div className="theme__cards">
        {cards.map((card) => (
          <CardTile key={card.id} card={card} />
        ))}
      </div>
    </section>
  );
},
  (previous, next) => sameThemeView(previous.item, next.item),
);
