import { Divider } from '@mui/material';
import { Logout, UserMenu as RaUserMenu } from 'react-admin';
import { LocaleMenuItems } from './LocaleMenuItems';
import { ThemeMenuItem } from './ThemeMenuItem';

export function UserMenu() {
  return (
    <RaUserMenu>
      <LocaleMenuItems />
      <Divider />
      <ThemeMenuItem />
      <Logout />
    </RaUserMenu>
  );
}
