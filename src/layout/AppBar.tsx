import { LoadingIndicator, AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';
import { ResetDemoButton } from './ResetDemoButton';
import { UserMenu } from './UserMenu';

/** Title, the demo reset (demo mode), the loading indicator and the user menu (language, theme, logout). */
export function AppBar() {
  const translate = useTranslate();
  return (
    <RaAppBar
      userMenu={<UserMenu />}
      toolbar={
        <>
          <ResetDemoButton />
          {/* react-admin hands extra props to its spinner, which has no name of its own. */}
          <LoadingIndicator aria-label={translate('ra.page.loading')} />
        </>
      }
    >
      <TitlePortal />
    </RaAppBar>
  );
}
