import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ReasonDialog, type ReasonDialogProps } from '../../src/common/ReasonDialog';
import { renderInAdmin } from '../helpers/renderAdmin';

type Confirm = ReasonDialogProps['onConfirm'];

/** A page with one action behind the dialog, as the lock, refund, reject and anonymise buttons are. */
function Page({ onConfirm, accepts }: { onConfirm: Confirm; accepts?: ReasonDialogProps['accepts'] }) {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <h1>Ledger of Acme</h1>
      <button type="button" onClick={() => setOpen(true)}>
        Refund
      </button>
      {open && (
        <ReasonDialog
          title="Refund −1?"
          explanation="The API writes the opposite line."
          reasonLabel="Reason"
          confirmLabel="Refund it"
          accepts={accepts}
          onClose={() => setOpen(false)}
          onConfirm={async (reason) => {
            await onConfirm(reason);
            setOpen(false);
          }}
        />
      )}
    </main>
  );
}

async function open(
  onConfirm: Confirm,
  options: { accepts?: ReasonDialogProps['accepts']; locale?: 'fr' } = {},
) {
  const rendered = await renderInAdmin(<Page onConfirm={onConfirm} accepts={options.accepts} />, {
    as: null,
    locale: options.locale,
  });
  await rendered.user.click(screen.getByRole('button', { name: 'Refund' }));
  const dialog = await screen.findByRole('dialog', { name: 'Refund −1?' });
  return { ...rendered, dialog };
}

describe('the reason dialog', () => {
  it('stays while the answer is on its way: no Cancel, Escape or click outside, then shows a refusal with the words', async () => {
    let refuse!: (error: Error) => void;
    const onConfirm = vi.fn(() => new Promise<void>((_, reject) => (refuse = reject)));
    const { user, dialog } = await open(onConfirm);
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Billed twice');
    await user.click(within(dialog).getByRole('button', { name: 'Refund it' }));
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Refund −1?' })).toBeInTheDocument();
    refuse(new Error('The line was already refunded'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The line was already refunded');
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveValue('Billed twice');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });

  it('asks for a reason of 3 characters at least, then Enter sends it trimmed', async () => {
    const onConfirm = vi.fn(async () => {});
    const { user, dialog } = await open(onConfirm);
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    const confirm = within(dialog).getByRole('button', { name: 'Refund it' });
    expect(reason).toBeRequired();
    expect(confirm).toBeDisabled();
    await user.type(reason, '  ab ');
    expect(confirm).toBeDisabled();
    await user.type(reason, '{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    await user.clear(reason);
    await user.type(reason, '  unlocked twice {Enter}');
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith('unlocked twice'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('Escape and Cancel close it with nothing sent, and the page stays', async () => {
    const onConfirm = vi.fn(async () => {});
    const { user } = await open(onConfirm);
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'a good reason');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Refund' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refund −1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Ledger of Acme' })).toBeInTheDocument();
  });

  it('shows a refusal inside the dialog and keeps the typed reason for another try', async () => {
    const onConfirm = vi.fn().mockRejectedValueOnce(new Error('This line was refunded already'));
    const { user, dialog } = await open(onConfirm);
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    await user.type(reason, 'double charge');
    await user.click(within(dialog).getByRole('button', { name: 'Refund it' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This line was refunded already');
    expect(reason).toHaveValue('double charge');
    expect(within(dialog).getByRole('button', { name: 'Refund it' })).toBeEnabled();
  });

  it('takes another rule for the text (a name typed out), and speaks French', async () => {
    const onConfirm = vi.fn(async () => {});
    const { user, dialog } = await open(onConfirm, {
      accepts: (typed) => typed === 'Ada Lovelace',
      locale: 'fr',
    });
    const confirm = within(dialog).getByRole('button', { name: 'Refund it' });
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toBeEnabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Ada Lovelac');
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'e');
    await user.click(confirm);
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith('Ada Lovelace'));
  });

  it("shows the API's refusal of the reason under it, a failure its caller keeps, and lines under the reason", async () => {
    await renderInAdmin(
      <ReasonDialog
        title="Adjust the credits"
        reasonLabel="Reason"
        reasonError="At most 500 characters"
        failure="The company was changed meanwhile"
        confirmLabel="Adjust"
        footer={<p>Balance after: 12</p>}
        onConfirm={vi.fn()}
        onClose={vi.fn()}
      />,
      { as: null },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Adjust the credits' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    expect(reason).toBeInvalid();
    expect(reason).toHaveAccessibleDescription('At most 500 characters');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The company was changed meanwhile');
    expect(within(dialog).getByText('Balance after: 12')).toBeInTheDocument();
  });
});
