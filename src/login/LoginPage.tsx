import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocaleState, useLogin, useTranslate } from 'react-admin';
import { loginErrorMessage } from '../common/session/loginError';
import { getToken, getUser } from '../providers/session';
import { DemoAccounts } from './DemoAccounts';

/**
 * The login route. A tab already signed in goes to its dashboard, as react-admin's own login page
 * does: signing in there again would put a second identity over the first one's greeting, menu and
 * cached data. Switching accounts is "Logout" (which clears them) then signing in.
 */
export function LoginPage() {
  // Read once: the form's own sign-in stores a token before it navigates away.
  const [signedIn] = useState(() => getToken() !== null && getUser() !== null);
  return signedIn ? <Navigate to="/" replace /> : <LoginForm />;
}

/** Sign-in: email and password, clear refusals (wrong password, lock-out with the wait, locked account). */
function LoginForm() {
  const translate = useTranslate();
  const login = useLogin();
  const [locale, setLocale] = useLocaleState();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await login({ email, password });
      // The user's remembered language wins over the browser's.
      const remembered = getUser()?.locale;
      if (remembered && remembered !== locale) setLocale(remembered);
    } catch (failure) {
      setError(loginErrorMessage(failure, translate));
      setSubmitting(false);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 2 }}>
      <Card component="main" sx={{ width: '100%', maxWidth: 420 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('app.login.title')}
          </Typography>
          <Box component="form" onSubmit={submit} noValidate>
            {error && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {error}
              </Alert>
            )}
            <TextField
              label={translate('app.login.email')}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              fullWidth
              required
              margin="normal"
              autoFocus
            />
            <TextField
              label={translate('app.login.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              fullWidth
              required
              margin="normal"
            />
            <Button type="submit" variant="contained" fullWidth disabled={submitting} sx={{ mt: 2 }}>
              {submitting ? <CircularProgress size={24} color="inherit" /> : translate('app.login.submit')}
            </Button>
          </Box>
          <DemoAccounts
            onPick={(pickedEmail, pickedPassword) => {
              setEmail(pickedEmail);
              setPassword(pickedPassword);
            }}
          />
        </CardContent>
      </Card>
    </Box>
  );
}
