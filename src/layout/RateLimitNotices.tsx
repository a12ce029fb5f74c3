import { Alert } from '@mui/material';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import {
  AddNotificationContext,
  type NotificationPayload,
  useAddNotificationContext,
  useTranslate,
} from 'react-admin';
import { isRateLimitMessage, onRateLimit, type RateLimitEvent } from '../providers/rateLimit';

/** The wait, counted down live: "trying again by itself in 12 seconds" or "wait 14 minutes". */
function RateLimitNotice({ until, retrying }: Pick<RateLimitEvent, 'until' | 'retrying'>) {
  const translate = useTranslate();
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.ceil((until - now) / 1000));
  const key = retrying
    ? 'app.errors.rate_limited_retrying'
    : seconds < 120
      ? 'app.errors.rate_limited_seconds'
      : 'app.errors.rate_limited_minutes';
  const count = key.endsWith('minutes') ? Math.ceil(seconds / 60) : seconds;
  return (
    <Alert severity={retrying ? 'info' : 'warning'} role="status" variant="filled">
      {translate(key, { smart_count: count })}
    </Alert>
  );
}

/**
 * Shows every 429 as a wait with its countdown (info while the client retries by itself, warning
 * when the user has to), and keeps the error notification a failed list would add from showing
 * the same refusal again in red. Wraps the layout's pages.
 */
export function RateLimitNotices({ children }: { children: ReactNode }) {
  const addNotification = useAddNotificationContext();
  const shownUntil = useRef(0);

  useEffect(
    () =>
      onRateLimit(({ until, retrying }) => {
        // One notice per wait: parallel requests refused together report the same one.
        if (until <= shownUntil.current + 1000) return;
        shownUntil.current = until;
        const ms = until - Date.now();
        addNotification({
          message: <RateLimitNotice until={until} retrying={retrying} />,
          type: retrying ? 'info' : 'warning',
          notificationOptions: { autoHideDuration: retrying ? ms + 2000 : Math.min(ms, 15_000) },
        });
      }),
    [addNotification],
  );

  const filtered = useCallback(
    (notification: NotificationPayload) => {
      if (notification.type === 'error' && isRateLimitMessage(notification.message)) return;
      addNotification(notification);
    },
    [addNotification],
  );
  return <AddNotificationContext.Provider value={filtered}>{children}</AddNotificationContext.Provider>;
}
