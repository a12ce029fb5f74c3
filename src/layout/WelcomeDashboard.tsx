import { Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../providers/authProvider';

/** Placeholder dashboard until the role-aware widgets land: who is signed in, as what. */
export function WelcomeDashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions | null>();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.menu.dashboard" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
        </Typography>
        {permissions && (
          <Typography>
            {translate('app.dashboard.signed_in_as', { role: translate(`app.roles.${permissions.role}`) })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
