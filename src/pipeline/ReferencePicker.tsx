import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { type RaRecord, useGetList, useGetOne } from 'react-admin';

/** A searchable picker of one record (offer, recruiter, company) outside of a form. */
export interface ReferencePickerProps<T extends RaRecord> {
  label: string;
  reference: string;
  value: number | null;
  onChange: (id: number | null) => void;
  optionText: (record: T) => string;
  /** Fixed filter for the options, e.g. recruiters only. */
  filter?: Record<string, unknown>;
}

export function ReferencePicker<T extends RaRecord>(props: ReferencePickerProps<T>) {
  const { label, reference, value, onChange, optionText, filter } = props;
  const [input, setInput] = useState('');
  const { data: options = [] } = useGetList<T>(reference, {
    filter: { ...filter, ...(input ? { q: input } : {}) },
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 20 },
  });
  const { data: selected } = useGetOne<T>(reference, { id: value ?? 0 }, { enabled: value !== null });
  const all = selected && !options.some((o) => o.id === selected.id) ? [selected, ...options] : options;
  return (
    <Autocomplete<T>
      size="small"
      sx={{ width: 220 }}
      options={all}
      value={selected ?? null}
      getOptionLabel={optionText}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(x) => x}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setInput(text);
        if (reason === 'clear') setInput('');
      }}
      onChange={(_event, record) => onChange(record ? Number(record.id) : null)}
      renderInput={(params) => <TextField {...params} label={label} />}
    />
  );
}
