import { LoadingIndicator, AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { ResetDemoButton } from './ResetDemoButton';
import { UserMenu } from './UserMenu';

/** Title, the demo reset (demo mode), the loading indicator and the user menu (language, theme, logout). */
export function AppBar() {
  return (
    <RaAppBar
      userMenu={<UserMenu />}
      toolbar={
        <>
          <ResetDemoButton />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
    </RaAppBar>
  );
}
