import type { ReactNode } from 'react';
import { Edit, type RedirectionSideEffect, SimpleForm, type SimpleFormProps } from 'react-admin';
import { NetworkRetryDialog } from '../session/NetworkRetryDialog';
import { SignInDialog } from '../session/SignInDialog';
import { ConflictDialog } from './ConflictDialog';
import { keepMinePayload, type Values } from './conflicts';
import { type SafeSave, useSafeSave } from './useSafeSave';

export interface SafeEditProps {
  children: ReactNode;
  redirect?: RedirectionSideEffect;
  toolbar?: SimpleFormProps['toolbar'];
  /** Shown beside the form, e.g. an "Adjust credits" button. */
  actions?: ReactNode;
  /** Record-level client checks, as SimpleForm's `validate`. */
  validate?: SimpleFormProps['validate'];
  /** What the form sends, from what it holds (e.g. empty strings to null). */
  transform?: (values: Values) => Values;
  /** Asks before leaving the page with unsaved typing (default: yes; also before a reload or closing the tab). */
  warnWhenUnsavedChanges?: boolean;
}

/**
 * An edit page whose save never loses work (conflict, expired session, network failure); use it
 * instead of <Edit><SimpleForm> for any record the API versions. Pessimistic: nothing is shown as
 * saved before the server says so. No refetch on focus: a silent reload would erase the typing.
 */
export function SafeEdit({ actions, ...formProps }: SafeEditProps) {
  return (
    <Edit
      mutationMode="pessimistic"
      queryOptions={{ refetchOnWindowFocus: false, refetchOnReconnect: false }}
      actions={actions}
    >
      <SafeForm {...formProps} />
    </Edit>
  );
}

function SafeForm({
  children,
  redirect = 'show',
  toolbar,
  validate,
  transform,
  warnWhenUnsavedChanges = true,
}: Omit<SafeEditProps, 'actions'>) {
  const safe = useSafeSave(redirect);
  return (
    <>
      <SimpleForm
        onSubmit={(values: Values) => safe.save(transform ? transform(values) : values)}
        toolbar={toolbar}
        validate={validate}
        warnWhenUnsavedChanges={warnWhenUnsavedChanges}
      >
        {children}
      </SimpleForm>
      <SaveProblemDialogs safe={safe} />
    </>
  );
}

/** The dialog for the current save problem, if any; reusable by any form built on useSafeSave. */
export function SaveProblemDialogs({ safe }: { safe: SafeSave }) {
  const { problem, dismiss, save, adopt } = safe;
  if (!problem) return null;
  if (problem.kind === 'conflict')
    return (
      <ConflictDialog
        mine={problem.values}
        base={problem.base}
        theirs={problem.current}
        onKeepMine={() =>
          save(keepMinePayload(problem.values, problem.base, problem.current), problem.current)
        }
        onTakeTheirs={() => {
          dismiss();
          adopt(problem.current);
        }}
      />
    );
  const retry = () => save(problem.values, problem.base);
  if (problem.kind === 'session') return <SignInDialog onSignedIn={retry} onCancel={dismiss} />;
  return <NetworkRetryDialog onRetry={retry} onCancel={dismiss} />;
}
