import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useGetList,
  useLocaleState,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Company, FeedImport, FeedImportItem, FeedReason } from '../model/types';
import { FEED_OUTCOMES } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

const LAST_REPORTS = 5;

/** The body the API takes for a feed file: an XML document as `xml`, a JSON one as it is. */
function bodyOf(name: string, text: string): Record<string, unknown> {
  if (name.toLowerCase().endsWith('.xml') || text.trimStart().startsWith('<')) return { xml: text };
  return JSON.parse(text) as Record<string, unknown>;
}

/** Whether the API refused the feed for its offers (the refused report is then in the list). */
function refusedFeed(error: unknown): boolean {
  return (error as { body?: { code?: string } }).body?.code === 'feed_refused';
}

function Reasons({ reasons }: { reasons: FeedReason[] }) {
  const [locale] = useLocaleState();
  if (reasons.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {reasons.map((reason) => (
        <li key={`${reason.field}:${reason.en}`}>
          {reason.field ? <strong>{reason.field}: </strong> : null}
          {locale === 'fr' ? reason.fr : reason.en}
        </li>
      ))}
    </Box>
  );
}

function Items({ items }: { items: FeedImportItem[] }) {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`resources.feed-imports.${key}`, options);
  return (
    <Table size="small" aria-label={t('items')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('fields.index')}</TableCell>
          <TableCell>{t('fields.externalRef')}</TableCell>
          <TableCell>{t('fields.outcome')}</TableCell>
          <TableCell>{t('fields.offerId')}</TableCell>
          <TableCell>{t('fields.reasons')}</TableCell>
          <TableCell>{t('fields.publications')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={`${item.index}:${item.externalRef}`}>
            <TableCell>{item.index === null ? '—' : item.index}</TableCell>
            <TableCell sx={{ wordBreak: 'break-all' }}>{item.externalRef}</TableCell>
            <TableCell>{t(`outcomes.${item.outcome}`)}</TableCell>
            <TableCell>{item.offerId ?? '—'}</TableCell>
            <TableCell>
              <Reasons reasons={item.reasons} />
            </TableCell>
            <TableCell>
              {item.publications
                .map((p) =>
                  t('publication', {
                    board: p.boardId,
                    state: translate(`resources.offer-publications.states.${p.state}`),
                  }),
                )
                .join(', ')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Report({ report, expanded }: { report: FeedImport; expanded: boolean }) {
  const translate = useTranslate();
  // Opened as it first shows (the newest report) and then as the reader leaves it: a newer report
  // arriving does not fold the one being read.
  const [open, setOpen] = useState(expanded);
  const [locale] = useLocaleState();
  const t = (key: string, options?: object) => translate(`resources.feed-imports.${key}`, options);
  const counts = FEED_OUTCOMES.filter((outcome) => report.counts[outcome] > 0)
    .map((outcome) =>
      translate('app.labelled', { label: t(`outcomes.${outcome}`), value: report.counts[outcome] }),
    )
    .join(' · ');
  const at = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(report.at));
  return (
    <Accordion expanded={open} onChange={(_event, next) => setOpen(next)} disableGutters>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography>
          {t('summary', { at, status: t(`statuses.${report.status}`), format: report.format.toUpperCase() })}
          {counts ? ` — ${counts}` : ''}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        <Reasons reasons={report.reasons} />
        {report.items.length > 0 ? <Items items={report.items} /> : <Typography>{t('no_items')}</Typography>}
      </AccordionDetails>
    </Accordion>
  );
}

/**
 * A company's offer feed: run the feed its ATS left with us or upload a file (JSON or XML), then
 * read the last reports, offer by offer. For the roles the API lets run it (the company's own
 * recruiters, support, admin).
 */
export function CompanyFeed(_props: { label?: string | false }) {
  const company = useRecordContext<Company>();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  // Through react-admin's hook, so a 401 signs out as any other request's does.
  const dataProvider = useDataProvider<AppDataProvider>();
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'feed-imports', action: 'create' });
  const { data: reports = [], isPending } = useGetList<FeedImport>(
    'feed-imports',
    {
      filter: { companyId: company?.id },
      sort: { field: 'id', order: 'DESC' },
      pagination: { page: 1, perPage: LAST_REPORTS },
    },
    { enabled: company !== undefined },
  );
  if (!company) return null;

  const run = async (body: Record<string, unknown>) => {
    setBusy(true);
    try {
      const { data } = await dataProvider.runFeed(company.id, body);
      // Signed out on a 401: the hook then answers an empty record, and there is no report to tell.
      if (!data.counts) return;
      notify('resources.feed-imports.done', { type: 'success', messageArgs: data.counts });
    } catch (error) {
      const message = (error as { message?: string }).message;
      notify(
        refusedFeed(error) ? 'resources.feed-imports.refused' : (message ?? 'ra.notification.http_error'),
        {
          type: 'error',
        },
      );
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: ['feed-imports'] });
      await queryClient.invalidateQueries({ queryKey: ['offers'] });
    }
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let body: Record<string, unknown>;
    try {
      body = bodyOf(file.name, await file.text());
    } catch {
      notify('resources.feed-imports.unreadable', { type: 'error' });
      return;
    }
    await run(body);
  };

  return (
    <Stack spacing={2} sx={{ mt: 1 }}>
      <Typography variant="body2">{translate('resources.feed-imports.help')}</Typography>
      {canAccess && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="contained" disabled={busy} onClick={() => run({ source: 'stored' })}>
            {translate('resources.feed-imports.run_stored')}
          </Button>
          <Button variant="outlined" component="label" htmlFor={inputId} disabled={busy}>
            {translate('resources.feed-imports.upload')}
            <input
              id={inputId}
              type="file"
              accept=".xml,.json,application/xml,application/json,text/xml"
              hidden
              onChange={upload}
            />
          </Button>
        </Stack>
      )}
      <Typography variant="h6" component="h2">
        {translate('resources.feed-imports.last_reports')}
      </Typography>
      {!isPending && reports.length === 0 && (
        <Typography>{translate('resources.feed-imports.no_reports')}</Typography>
      )}
      <Box>
        {reports.map((report, index) => (
          <Report key={report.id} report={report} expanded={index === 0} />
        ))}
      </Box>
    </Stack>
  );
}
