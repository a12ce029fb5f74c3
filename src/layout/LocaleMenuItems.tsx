import LanguageIcon from '@mui/icons-material/Translate';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useLocaleState, useLogoutIfAccessDenied, useTranslate, useUserMenu } from 'react-admin';
import { useNotifyFailure } from '../common/useNotifyFailure';
import { LOCALES } from '../i18n';
import type { Locale } from '../model/types';
import { api } from '../providers/httpClient';
import { setUserLocale } from '../providers/session';

/** The language switcher: changes the UI at once and remembers the choice on the user (PATCH /auth/me). */
export function LocaleMenuItems() {
  const [current, setLocale] = useLocaleState();
  const translate = useTranslate();
  const notifyFailure = useNotifyFailure();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const userMenu = useUserMenu();

  const choose = async (locale: Locale) => {
    userMenu?.onClose();
    if (locale === current) return;
    setLocale(locale);
    setUserLocale(locale);
    try {
      await api('/auth/me', { method: 'PATCH', body: JSON.stringify({ locale }) });
    } catch (error) {
      // Not a data provider call: its 401 ends the session through checkError as any other does.
      if (await logoutIfAccessDenied(error)) return;
      notifyFailure(error, 'warning');
    }
  };

  return LOCALES.map(({ locale, name }) => (
    <MenuItem
      key={locale}
      selected={locale === current}
      onClick={() => choose(locale)}
      lang={locale}
      aria-label={translate('app.labelled', { label: translate('app.user_menu.language'), value: name })}
    >
      <ListItemIcon>
        <LanguageIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{name}</ListItemText>
    </MenuItem>
  ));
}
