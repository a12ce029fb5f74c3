import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  ListItemText,
  MenuItem,
  Paper,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Link,
  useDataProvider,
  useGetList,
  useGetOne,
  useLocaleState,
  useNotify,
  useTranslate,
} from 'react-admin';
import type { ApiFailure } from '../common/apiFailure';
import { failureMessage, useNotifyFailure } from '../common/useNotifyFailure';
import { needsInterview } from '../model/placeholders';
import {
  type Application,
  type Candidate,
  type Interview,
  LOCALE_BY_COUNTRY,
  type MessageTemplate,
} from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

/**
 * Sending a templated message about an application: pick a template (of one kind, e.g. the
 * rejection after a rejection), read exactly what the candidate will receive — the API renders it —
 * then send. The mock sends no mail: the API records it as an `email` activity on the timeline.
 */
export interface SendMessageDialogProps {
  application: Pick<Application, 'id' | 'candidateId'>;
  /** Already translated, e.g. "Send the rejection message to Ada Lovelace?". */
  title: string;
  kind?: MessageTemplate['kind'];
  onClose: () => void;
  onSent?: () => void;
}

export function SendMessageDialog({ application, title, kind, onClose, onSent }: SendMessageDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [locale] = useLocaleState();
  const candidate = useGetOne<Candidate>('candidates', { id: application.candidateId });
  const { data: templates, isPending } = useGetList<MessageTemplate>('message-templates', {
    filter: kind ? { kind } : {},
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
  // A template that speaks of an interview renders only with one booked: the API refuses it
  // otherwise, so with none booked such templates are offered disabled, saying why.
  const planned = useGetList<Interview>('interviews', {
    filter: { applicationId: application.id, status: 'planned' },
    sort: { field: 'startsAt', order: 'ASC' },
    pagination: { page: 1, perPage: 1 },
  });
  const noInterview = planned.total === 0;
  const usable = (template: MessageTemplate) => !(noInterview && needsInterview(template));
  const [picked, setPicked] = useState<number | null>(null);
  // By default the template in the candidate's language (their market's), else the recruiter's;
  // none is previewed until the candidate is known, so the preview does not switch under the reader.
  const language = candidate.data ? LOCALE_BY_COUNTRY[candidate.data.country] : locale;
  const offered = templates?.filter(usable);
  const fallback =
    candidate.isPending || planned.isPending
      ? null
      : (offered?.find((t) => t.locale === language) ??
        offered?.find((t) => t.locale === locale) ??
        offered?.[0]);
  const templateId = picked ?? fallback?.id ?? null;
  const preview = useQuery({
    queryKey: ['message-templates', 'render', templateId, application.id],
    queryFn: async () => (await dataProvider.renderMessage(templateId as number, application.id)).data,
    enabled: templateId !== null,
    retry: false,
  });
  const send = useMutation({
    mutationFn: () => dataProvider.sendMessage(templateId as number, application.id),
    onSuccess: () => {
      notify('resources.message-templates.sent', { type: 'success' });
      onSent?.();
      onClose();
    },
    onError: (error: ApiFailure) => notifyFailure(error),
  });
  const label = (key: string) => translate(`resources.message-templates.dialog.${key}`);
  // Why the API would not render it, in words: its field errors, not "Invalid data: interviewId".
  const previewRefusal = (failure: ApiFailure) =>
    failure.body?.errors?.interviewId ? label('no_interview') : failureMessage(failure);
  return (
    <Dialog open onClose={onClose} aria-labelledby="send-message-title" fullWidth maxWidth="sm">
      <DialogTitle id="send-message-title">{title}</DialogTitle>
      <DialogContent>
        {isPending ? <LinearProgress aria-label={label('loading')} /> : null}
        {templates?.length === 0 ? (
          <Typography>
            {label('none')} <Link to="/message-templates">{label('manage')}</Link>
          </Typography>
        ) : null}
        {templates && templates.length > 0 ? (
          <TextField
            select
            fullWidth
            margin="dense"
            label={label('template')}
            value={templateId ?? ''}
            onChange={(event) => setPicked(Number(event.target.value))}
          >
            {templates.map((t) => {
              const name = `${t.name} (${t.locale.toUpperCase()})`;
              return (
                <MenuItem key={t.id} value={t.id} disabled={!usable(t)}>
                  {usable(t) ? name : <ListItemText primary={name} secondary={label('needs_interview')} />}
                </MenuItem>
              );
            })}
          </TextField>
        ) : null}
        {preview.isFetching ? <LinearProgress aria-label={label('loading')} sx={{ mt: 1 }} /> : null}
        {preview.error ? (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {previewRefusal(preview.error as ApiFailure)}
          </Alert>
        ) : null}
        {preview.data ? (
          <Paper
            variant="outlined"
            sx={{ p: 2, mt: 1, whiteSpace: 'pre-wrap' }}
            aria-label={label('preview')}
            role="region"
          >
            <Typography variant="body2">
              {translate('app.labelled', { label: label('to'), value: preview.data.to })}
            </Typography>
            <Typography variant="subtitle1">
              {translate('app.labelled', { label: label('subject'), value: preview.data.subject })}
            </Typography>
            <Typography sx={{ mt: 1 }}>{preview.data.body}</Typography>
          </Paper>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{label('skip')}</Button>
        <Button variant="contained" onClick={() => send.mutate()} disabled={!preview.data || send.isPending}>
          {label('send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
