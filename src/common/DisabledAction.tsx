import { Button, Stack, Typography } from '@mui/material';
import { type ReactNode, useId } from 'react';

/**
 * An action the user cannot take here, shown off with why next to it rather than hidden: a disabled
 * button takes no pointer or focus, so a tooltip would never show; the words are read with the
 * button (aria-describedby) and by anyone looking.
 */
export function DisabledAction({ label, reason, icon }: { label: string; reason: string; icon?: ReactNode }) {
  const reasonId = useId();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Button size="small" startIcon={icon} disabled aria-describedby={reasonId}>
        {label}
      </Button>
      <Typography id={reasonId} variant="caption" color="text.secondary">
        {reason}
      </Typography>
    </Stack>
  );
}
