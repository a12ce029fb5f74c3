import { Typography } from '@mui/material';

/**
 * A list's explanation, as its `aside`: beside the list from the md breakpoint, above it on a phone,
 * where beside it left the table a strip of 140 px. Give the <List> `sx={LIST_WITH_HELP_SX}`.
 */
export function ListHelp({ children }: { children: string }) {
  return (
    <Typography variant="body2" sx={{ p: 2, maxWidth: { md: 280 }, order: { xs: -1, md: 0 } }}>
      {children}
    </Typography>
  );
}

/** A list's own layout with a ListHelp: one column on a phone, the help beside the list from md. */
export const LIST_WITH_HELP_SX = { flexDirection: { xs: 'column', md: 'row' } } as const;
