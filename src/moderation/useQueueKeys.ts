import type { KeyboardEvent } from 'react';

/**
 * Keyboard triage of the moderation queue, as on the pipeline board: j/k (↓/↑) next and previous
 * publication, a approve, r reject (opens the reason dialog). Focus sits on the row's Approve
 * button, so the row is reachable with Tab too and a screen reader announces where it is.
 */
const ROW_BUTTON = '[data-queue-action]';

function rowButtons(row: Element | null | undefined): HTMLButtonElement[] {
  return row ? [...row.querySelectorAll<HTMLButtonElement>(ROW_BUTTON)] : [];
}

export function onQueueKey(event: KeyboardEvent<HTMLElement>): void {
  const target = event.target as HTMLElement;
  // Keys typed in a field or a dialog (portals bubble through React) are not ours.
  if (target.closest('input, textarea, [role="dialog"], [role="listbox"]')) return;
  const rows = [...event.currentTarget.querySelectorAll('tbody tr')].filter(
    (row) => rowButtons(row).length > 0,
  );
  const current = rows.indexOf(target.closest('tr') as Element);
  const focusRow = (index: number) => rowButtons(rows[index])[0]?.focus();
  const press = (action: string) =>
    rowButtons(rows[current])
      .find((button) => button.dataset.queueAction === action)
      ?.click();
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      focusRow(current < 0 ? 0 : Math.min(rows.length - 1, current + 1));
      break;
    case 'k':
    case 'ArrowUp':
      focusRow(Math.max(0, current - 1));
      break;
    case 'a':
      if (current < 0) return;
      press('approve');
      break;
    case 'r':
      if (current < 0) return;
      press('reject');
      break;
    default:
      return;
  }
  event.preventDefault();
}
