import { MessagePage } from './NotFound';

/** 403: the role may not open this page (react-admin's accessDenied). The session stays open. */
export function Forbidden() {
  return <MessagePage title="app.pages.forbidden_title" message="app.pages.forbidden" />;
}
