import { List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, IS_DEMO } from '../config';

/** Demo mode only: the accounts of docs/demo-and-scales.md; a click fills the form. */
export function DemoAccounts({ onPick }: { onPick: (email: string, password: string) => void }) {
  const translate = useTranslate();
  if (!IS_DEMO) return null;
  return (
    <>
      <Typography variant="body2" sx={{ mt: 2 }} id="demo-accounts">
        {translate('app.login.demo_accounts')}
      </Typography>
      <List dense aria-labelledby="demo-accounts">
        {DEMO_ACCOUNTS.map(({ email, role }) => (
          <ListItem key={email} disablePadding>
            <ListItemButton onClick={() => onPick(email, DEMO_PASSWORD)}>
              <ListItemText primary={email} secondary={translate(`app.roles.${role}`)} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </>
  );
}
