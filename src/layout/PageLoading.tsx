import { Box, LinearProgress } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { useTranslate } from 'react-admin';

/**
 * Shown while a page's code loads: a thin bar (no layout jump, no spinner flash) named for
 * assistive technologies, and a polite live region so a screen reader hears "Loading".
 */
export function PageLoading() {
  const translate = useTranslate();
  const label = translate('ra.page.loading');
  return (
    <Box sx={{ pt: 1 }}>
      <LinearProgress aria-label={label} />
      <Box component="span" role="status" sx={visuallyHidden}>
        {label}
      </Box>
    </Box>
  );
}
