import { useId, useState, type ChangeEvent } from 'react';
import { activities, stakeholders, valences, type CardFilter, type KeyQuestion } from '@washup/shared/board';
import { questionNumber } from '../capture/listKeyQuestions';
import { valenceLabels } from './labels';

interface Props {
  filter: CardFilter;
  keyQuestions: KeyQuestion[];
  reviewers: Array<{ id: string; name: string }>;
  onChange: (filter: CardFilter) => void;
  /** The lists behind the Filters button on every screen (the overview needs the height). */
  folded?: boolean;
}

type ListField = Exclude<keyof CardFilter, 'text'>;

const activeCount = (filter: CardFilter) => Object.values(filter).filter((value) => value !== undefined && value !== '').length;

/**
 * Search and filter the evidence: free text, key question, activity, stakeholder group, reviewer,
 * and what it suggests. On a phone the lists fold away behind one button.
 */
export function FilterBar({ filter, keyQuestions, reviewers, onChange, folded = false }: Props) {
  const [open, setOpen] = useState(false);
  const listsId = useId();
  const count = activeCount(filter);
  const pick = (field: ListField) => (event: ChangeEvent<HTMLSelectElement>) =>
    onChange({ ...filter, [field]: event.target.value === '' ? undefined : event.target.value });
  const list = (field: ListField, label: string, all: string, options: ReadonlyArray<{ value: string; label: string }>) => (
    <select className="input filter-bar__select" aria-label={label} value={filter[field] ?? ''} data-set={filter[field] ? '' : undefined} onChange={pick(field)}>
      <option value="">{all}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
  return (
    <div className="filter-bar" role="search" aria-label="Filter the evidence" data-folded={folded || undefined}>
      <div className="filter-bar__main">
        <input className="input filter-bar__search" type="search" aria-label="Search the evidence" placeholder="Search the evidence" value={filter.text ?? ''} onChange={(event) => onChange({ ...filter, text: event.target.value })} />
        <button type="button" className="button button--secondary button--small filter-bar__toggle" aria-expanded={open} aria-controls={listsId} onClick={() => setOpen(!open)}>
          Filters{count > 0 ? <span className="count-badge">{count}</span> : null}
        </button>
      </div>
      <div id={listsId} className="filter-bar__lists" data-open={open || undefined}>
        {list('keyQuestionId', 'Key question', 'All key questions', keyQuestions.map((question, index) => ({ value: question.id, label: `${questionNumber(index)} ${question.text}` })))}
        {list('activity', 'Activity', 'All activities', activities.map((name) => ({ value: name, label: name })))}
        {list('stakeholder', 'Stakeholder group', 'All groups', stakeholders.map((name) => ({ value: name, label: name })))}
        {list('authorId', 'Reviewer', 'All reviewers', reviewers.map((person) => ({ value: person.id, label: person.name })))}
        {list('valence', 'Suggests', 'Any valence', valences.map((name) => ({ value: name, label: valenceLabels[name] })))}
        {count > 0 ? (
          <button type="button" className="button button--ghost button--small" onClick={() => onChange({})}>
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
