import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { useHistoryIndexTracking } from '../common/historyIndex';
import { useJournalNotice } from '../providers/demo';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { RateLimitNotices } from './RateLimitNotices';

/** react-admin's layout (responsive drawer included) with our app bar and role-aware menu. */
export function Layout({ children }: { children: ReactNode }) {
  useJournalNotice();
  useHistoryIndexTracking();
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      <RateLimitNotices>{children}</RateLimitNotices>
    </RaLayout>
  );
}
