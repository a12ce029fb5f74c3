import { ResourceContextProvider } from 'react-admin';
import { ConflictDialog } from '../common/conflict/ConflictDialog';
import { NetworkRetryDialog } from '../common/session/NetworkRetryDialog';
import { SignInDialog } from '../common/session/SignInDialog';
import type { Company, CreditKind } from '../model/types';
import type { CreditsProblem } from './useAdjustCredits';

interface CreditsProblemDialogProps {
  problem: CreditsProblem;
  kind: CreditKind;
  delta: number;
  /** Sends the typed adjustment again (against the stored version after a conflict). */
  onRetry: () => void;
  /** Back to the adjustment dialog, which now shows the stored balance. */
  onDismiss: () => void;
}

/** The balance the user judged on, and the one they would reach, as conflict fields. */
function balances(company: Company, kind: CreditKind, delta: number) {
  const balance = company.credits[kind];
  return { [`credits.${kind}`]: balance, balanceAfter: balance + delta };
}

/**
 * What stopped an adjustment, over the dialog that keeps the typed values: the field-by-field
 * conflict of the forms (the balance I saw and would reach against the stored ones), the sign-in
 * dialog, or the retry dialog.
 */
export function CreditsProblemDialog({
  problem,
  kind,
  delta,
  onRetry,
  onDismiss,
}: CreditsProblemDialogProps) {
  if (problem.kind === 'session') return <SignInDialog onSignedIn={onRetry} onCancel={onDismiss} />;
  if (problem.kind === 'network') return <NetworkRetryDialog onRetry={onRetry} onCancel={onDismiss} />;
  const judged = balances(problem.judged, kind, delta);
  return (
    <ResourceContextProvider value="companies">
      <ConflictDialog
        mine={judged}
        base={balances(problem.judged, kind, 0)}
        theirs={balances(problem.current, kind, delta)}
        onKeepMine={onRetry}
        onTakeTheirs={onDismiss}
      />
    </ResourceContextProvider>
  );
}
