import { Divider } from '@mui/material';
import { Logout, UserMenu as RaUserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { LocaleMenuItems } from './LocaleMenuItems';
import { ThemeMenuItem } from './ThemeMenuItem';

export function UserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // The button shows the user's name: its accessible name must contain it (WCAG 2.5.3).
  const label = identity?.fullName
    ? translate('app.user_menu.label', { name: identity.fullName })
    : undefined;
  return (
    <RaUserMenu label={label}>
      <LocaleMenuItems />
      <Divider />
      <ThemeMenuItem />
      <Logout />
    </RaUserMenu>
  );
}
