import type { ReactNode } from 'react';
import { Show, type ShowProps, useShowContext } from 'react-admin';
import { Forbidden } from '../layout/Forbidden';
import { NotFound } from '../layout/NotFound';

/**
 * A Show that answers a 404 (unknown record, or another company's: the API does not say which)
 * with the not-found page instead of react-admin's "item doesn't exist" redirect to the list.
 */
export function RecordShow({ children, actions }: { children: ReactNode; actions?: ShowProps['actions'] }) {
  return (
    <Show
      actions={actions}
      error={<RecordShowError />}
      queryOptions={{ onError: () => undefined, retry: false }}
    >
      {children}
    </Show>
  );
}

function RecordShowError() {
  const { error } = useShowContext();
  return (error as { status?: number } | null)?.status === 403 ? <Forbidden /> : <NotFound />;
}
