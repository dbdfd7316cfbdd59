import { activities, stakeholders, valences, type Activity, type CardFilter, type KeyQuestion, type Stakeholder, type Valence } from '@washup/shared';

interface Props {
  filter: CardFilter;
  keyQuestions: KeyQuestion[];
  onChange: (filter: CardFilter) => void;
}

/** Search and filter the evidence by text, key question, activity, group or what it suggests. */
export function FilterBar({ filter, keyQuestions, onChange }: Props) {
  const set = (patch: Partial<CardFilter>) => onChange({ ...filter, ...patch });
  const orUndefined = <T extends string>(value: string) => (value === '' ? undefined : (value as T));
  return (
    <div className="filter-bar" role="search">
      <input className="input" type="search" aria-label="Search the evidence" placeholder="Search the evidence" value={filter.text ?? ''} onChange={(event) => set({ text: event.target.value })} />
      <select className="input" aria-label="Key question" value={filter.keyQuestionId ?? ''} onChange={(event) => set({ keyQuestionId: orUndefined(event.target.value) })}>
        <option value="">All key questions</option>
        {keyQuestions.map((question) => (
          <option key={question.id} value={question.id}>
            {question.text}
          </option>
        ))}
      </select>
      <select className="input" aria-label="Activity" value={filter.activity ?? ''} onChange={(event) => set({ activity: orUndefined<Activity>(event.target.value) })}>
        <option value="">All activities</option>
        {activities.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <select className="input" aria-label="Stakeholder group" value={filter.stakeholder ?? ''} onChange={(event) => set({ stakeholder: orUndefined<Stakeholder>(event.target.value) })}>
        <option value="">All groups</option>
        {stakeholders.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <select className="input" aria-label="Suggests" value={filter.valence ?? ''} onChange={(event) => set({ valence: orUndefined<Valence>(event.target.value) })}>
        <option value="">Any valence</option>
        {valences.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
    </div>
  );
}
