import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { useJournalNotice } from '../providers/demo';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { RateLimitNotices } from './RateLimitNotices';

/** react-admin's layout (responsive drawer included) with our app bar and role-aware menu. */
export function Layout({ children }: { children: ReactNode }) {
  useJournalNotice();
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      <RateLimitNotices>{children}</RateLimitNotices>
    </RaLayout>
  );
}
