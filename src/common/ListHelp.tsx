import { Typography } from '@mui/material';

/**
 * A list's explanation, as its `aside`: beside the list from the md breakpoint, above it on a phone
 * (the theme stacks a list and its aside there).
 */
export function ListHelp({ children }: { children: string }) {
  return (
    <Typography variant="body2" sx={{ p: 2, maxWidth: { md: 280 }, order: { xs: -1, md: 0 } }}>
      {children}
    </Typography>
  );
}
