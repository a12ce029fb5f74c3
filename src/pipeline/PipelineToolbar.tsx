import FilterIcon from '@mui/icons-material/FilterList';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import { Box, Button, Collapse, type Theme, useMediaQuery } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { PipelineFilters, type PipelineFiltersProps } from './PipelineFilters';

export const EXITS_ID = 'pipeline-exits';
const FILTERS_ID = 'pipeline-filters';

interface PipelineToolbarProps extends PipelineFiltersProps {
  onHelp: () => void;
  /** The rejected and withdrawn lanes: open or not; null when there is no board to show them on. */
  exitsOpen: boolean | null;
  onToggleExits: () => void;
}

/**
 * Above the board: its filters, the keyboard shortcuts and "Show rejected and withdrawn" (here, not
 * after the last column: six columns overflow a 1440 px screen). On a phone the five filters would
 * fill the screen above the board, so they wait behind a "Filters" button, and the shortcuts (for a
 * keyboard) are left out.
 */
export function PipelineToolbar({ onHelp, exitsOpen, onToggleExits, ...filters }: PipelineToolbarProps) {
  const translate = useTranslate();
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [filtersOpen, setFiltersOpen] = useState(false);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
      {isPhone && (
        <Button
          startIcon={<FilterIcon />}
          aria-expanded={filtersOpen}
          aria-controls={FILTERS_ID}
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {translate('app.pipeline.filters.toggle')}
        </Button>
      )}
      <Collapse in={!isPhone || filtersOpen} id={FILTERS_ID} sx={{ width: { xs: '100%', sm: 'auto' } }}>
        <PipelineFilters {...filters} />
      </Collapse>
      <Button
        startIcon={<KeyboardIcon />}
        onClick={onHelp}
        aria-keyshortcuts="?"
        sx={{ display: { xs: 'none', sm: 'inline-flex' } }}
      >
        {translate('app.pipeline.shortcuts.open')}
      </Button>
      {exitsOpen === null ? null : (
        <Button aria-expanded={exitsOpen} aria-controls={EXITS_ID} onClick={onToggleExits}>
          {translate(exitsOpen ? 'app.pipeline.hide_exits' : 'app.pipeline.show_exits')}
        </Button>
      )}
    </Box>
  );
}
