import DarkIcon from '@mui/icons-material/Brightness4';
import LightIcon from '@mui/icons-material/Brightness7';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useTheme, useTranslate } from 'react-admin';

/** Light/dark switch; react-admin keeps the choice in its store (localStorage), so it survives reloads. */
export function ThemeMenuItem() {
  const [theme, setTheme] = useTheme();
  const translate = useTranslate();
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <MenuItem onClick={() => setTheme(next)}>
      <ListItemIcon>
        {next === 'dark' ? <DarkIcon fontSize="small" /> : <LightIcon fontSize="small" />}
      </ListItemIcon>
      <ListItemText>
        {translate(next === 'dark' ? 'app.user_menu.theme_dark' : 'app.user_menu.theme_light')}
      </ListItemText>
    </MenuItem>
  );
}
