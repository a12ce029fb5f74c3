import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type DashboardFilter, presetRange, RANGE_PRESETS, type RangePreset } from './range';

interface DashboardFiltersProps {
  filter: DashboardFilter;
  onChange: (next: DashboardFilter) => void;
  /** Recruiters see their own company only: no market filter. */
  withCountry?: boolean;
}

/** Period presets, custom dates and market; every change goes to the URL. */
export function DashboardFilters({ filter, onChange, withCountry = true }: DashboardFiltersProps) {
  const translate = useTranslate();
  const setPreset = (preset: RangePreset) =>
    onChange(
      preset === 'custom'
        ? { ...filter, preset } // keeps the dates shown, now editable
        : { ...filter, preset, ...presetRange(preset, Date.now()) },
    );
  const setDate = (key: 'from' | 'to', value: string) => {
    const next = { ...filter, preset: 'custom' as const, [key]: value };
    if (value && next.from <= next.to) onChange(next);
  };

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', my: 2 }}>
      <TextField
        select
        fullWidth={false}
        size="small"
        label={translate('app.dashboard.period')}
        value={filter.preset}
        onChange={(event) => setPreset(event.target.value as RangePreset)}
        sx={{ minWidth: 180 }}
      >
        {RANGE_PRESETS.map((preset) => (
          <MenuItem key={preset} value={preset}>
            {translate(`app.dashboard.presets.${preset}`)}
          </MenuItem>
        ))}
      </TextField>
      {filter.preset === 'custom' && (
        <>
          <TextField
            type="date"
            fullWidth={false}
            size="small"
            label={translate('app.dashboard.from')}
            value={filter.from}
            onChange={(event) => setDate('from', event.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: filter.to } }}
          />
          <TextField
            type="date"
            fullWidth={false}
            size="small"
            label={translate('app.dashboard.to')}
            value={filter.to}
            onChange={(event) => setDate('to', event.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: filter.from } }}
          />
        </>
      )}
      {withCountry && (
        <TextField
          select
          fullWidth={false}
          size="small"
          label={translate('app.dashboard.country')}
          value={filter.country ?? 'all'}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filter, country: value === 'FR' || value === 'GB' ? value : null });
          }}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="all">{translate('app.dashboard.countries.all')}</MenuItem>
          <MenuItem value="FR">{translate('app.dashboard.countries.FR')}</MenuItem>
          <MenuItem value="GB">{translate('app.dashboard.countries.GB')}</MenuItem>
        </TextField>
      )}
    </Box>
  );
}
