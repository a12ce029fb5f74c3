import { Button, Stack, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import type { WatchedCompany, WatchedUser } from '../model/scraping';
import type { AppDataProvider, LowerQuotaParams } from '../providers/dataProvider';

type Action = 'quota' | 'lock' | 'warn';

/** The three answers to a scraper, each with a reason the API keeps in the audit log. */
export function WatchActions({ row }: { row: WatchedUser }) {
  const translate = useTranslate();
  const [open, setOpen] = useState<Action | null>(null);
  const close = () => setOpen(null);
  return (
    <Stack direction="row" spacing={1} sx={{ my: 1 }}>
      <Button variant="outlined" onClick={() => setOpen('quota')}>
        {translate('app.scraping.quota.button')}
      </Button>
      {row.status !== 'locked' && (
        <Button variant="outlined" color="error" onClick={() => setOpen('lock')}>
          {translate('app.scraping.lock.button')}
        </Button>
      )}
      <Button variant="outlined" onClick={() => setOpen('warn')}>
        {translate('app.scraping.warn.button')}
      </Button>
      {open === 'quota' && <UserQuotaDialog row={row} onClose={close} />}
      {open === 'lock' && <ActionDialog row={row} action="lock" onClose={close} />}
      {open === 'warn' && <ActionDialog row={row} action="warn" onClose={close} />}
    </Stack>
  );
}

function useDone() {
  const notify = useNotify();
  const queryClient = useQueryClient();
  return async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: ['scraping-watch'] });
    await queryClient.invalidateQueries({ queryKey: ['scraping-watch-companies'] });
    await queryClient.invalidateQueries({ queryKey: ['users'] });
    await queryClient.invalidateQueries({ queryKey: ['audit-logs'] });
    notify(message, { type: 'success' });
  };
}

function ActionDialog({
  row,
  action,
  onClose,
}: {
  row: WatchedUser;
  action: 'lock' | 'warn';
  onClose: () => void;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const done = useDone();
  const t = (key: string) =>
    translate(`app.scraping.${action}.${key}`, { name: row.name, company: row.companyName });
  return (
    <ReasonDialog
      title={t('title')}
      explanation={t('explanation')}
      reasonLabel={translate('app.scraping.reason')}
      confirmLabel={t('confirm')}
      onClose={onClose}
      onConfirm={async (reason) => {
        if (action === 'lock') await dataProvider.lockUser(row.id, reason);
        else await dataProvider.warnCompany(row.id, reason);
        await done(`app.scraping.${action}.done`);
        onClose();
      }}
    />
  );
}

function UserQuotaDialog({ row, onClose }: { row: WatchedUser; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  return (
    <QuotaDialog
      title={translate('app.scraping.quota.title', { name: row.name })}
      explanation={translate('app.scraping.quota.explanation')}
      confirmLabel={translate('app.scraping.quota.confirm')}
      done="app.scraping.quota.done"
      submit={(params) => dataProvider.lowerQuota(row.id, params)}
      onClose={onClose}
    />
  );
}

/** The answers to a company's harvest: every recruiter's quota at once, or a word to its contact. */
export function CompanyActions({ row }: { row: WatchedCompany }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const done = useDone();
  const [open, setOpen] = useState<'quota' | 'warn' | null>(null);
  const close = () => setOpen(null);
  const t = (key: string) => translate(`app.scraping.company.${key}`, { company: row.name });
  return (
    <Stack direction="row" spacing={1} sx={{ my: 1 }}>
      <Button variant="outlined" onClick={() => setOpen('quota')}>
        {t('quota_button')}
      </Button>
      <Button variant="outlined" onClick={() => setOpen('warn')}>
        {translate('app.scraping.warn.button')}
      </Button>
      {open === 'quota' && (
        <QuotaDialog
          title={t('quota_title')}
          explanation={t('quota_explanation')}
          confirmLabel={t('quota_button')}
          done="app.scraping.company.quota_done"
          submit={(params) => dataProvider.lowerCompanyQuota(row.id, params)}
          onClose={close}
        />
      )}
      {open === 'warn' && (
        <ReasonDialog
          title={translate('app.scraping.warn.title', { company: row.name })}
          explanation={t('warn_explanation')}
          reasonLabel={translate('app.scraping.reason')}
          confirmLabel={translate('app.scraping.warn.confirm')}
          onClose={close}
          onConfirm={async (reason) => {
            await dataProvider.warnCompanyContact(row.id, reason);
            await done('app.scraping.warn.done');
            close();
          }}
        />
      )}
    </Stack>
  );
}

function QuotaDialog({
  title,
  explanation,
  confirmLabel,
  done: doneMessage,
  submit,
  onClose,
}: {
  title: string;
  explanation: string;
  confirmLabel: string;
  done: string;
  submit: (params: LowerQuotaParams) => Promise<unknown>;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const done = useDone();
  const [dailyProfiles, setDailyProfiles] = useState('50');
  const [days, setDays] = useState('7');
  const whole = (value: string, min: number) => /^\d+$/.test(value) && Number(value) >= min;
  return (
    <ReasonDialog
      title={title}
      explanation={explanation}
      reasonLabel={translate('app.scraping.reason')}
      confirmLabel={confirmLabel}
      ready={whole(dailyProfiles, 0) && whole(days, 1)}
      onClose={onClose}
      onConfirm={async (reason) => {
        await submit({ dailyProfiles: Number(dailyProfiles), days: Number(days), reason });
        await done(doneMessage);
        onClose();
      }}
    >
      <TextField
        label={translate('app.scraping.quota.daily_profiles')}
        value={dailyProfiles}
        onChange={(event) => setDailyProfiles(event.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        required
        fullWidth
        margin="dense"
      />
      <TextField
        label={translate('app.scraping.quota.days')}
        value={days}
        onChange={(event) => setDays(event.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        required
        fullWidth
        margin="dense"
      />
    </ReasonDialog>
  );
}
