import { Box, Button, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Create,
  Edit,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ApplicationOptionText } from '../common/ApplicationOptionText';
import { PLACEHOLDERS, unknownPlaceholders } from '../model/placeholders';
import type { MessageTemplate } from '../model/types';
import type { AppDataProvider, RenderedMessage } from '../providers/dataProvider';

export const KIND_CHOICES = ['invitation', 'rejection', 'offer'].map((id) => ({
  id,
  name: `resources.message-templates.kinds.${id}`,
}));
const LOCALE_CHOICES = [
  { id: 'fr', name: 'Français' },
  { id: 'en', name: 'English' },
];

/** Instant feedback; the API refuses the same (422 naming the placeholder). */
const knownPlaceholders = (value: string) => {
  const unknown = value ? unknownPlaceholders(value) : [];
  return unknown.length
    ? {
        message: 'resources.message-templates.unknown',
        args: { list: unknown.map((n) => `{${n}}`).join(', ') },
      }
    : undefined;
};

/** Renders the saved template against a chosen application, as the candidate would read it. */
function Preview() {
  const translate = useTranslate();
  const record = useRecordContext<MessageTemplate>();
  const applicationId = useWatch({ name: 'previewApplicationId' });
  const dataProvider = useDataProvider<AppDataProvider>();
  const [preview, setPreview] = useState<RenderedMessage | string | null>(null);
  if (!record?.id) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <ReferenceInput source="previewApplicationId" reference="applications">
        <SelectInput
          optionText={<ApplicationOptionText />}
          label="resources.message-templates.fields.applicationId"
        />
      </ReferenceInput>
      <Button
        disabled={!applicationId}
        onClick={() =>
          dataProvider.renderMessage(record.id, applicationId).then(
            ({ data }) => setPreview(data),
            (e: Error) => setPreview(e.message),
          )
        }
      >
        {translate('resources.message-templates.preview')}
      </Button>
      {preview && (
        <Paper variant="outlined" sx={{ p: 2, whiteSpace: 'pre-wrap' }} aria-live="polite">
          {typeof preview === 'string' ? (
            preview
          ) : (
            <>
              <Typography variant="subtitle1">{preview.subject}</Typography>
              <Typography>{preview.body}</Typography>
            </>
          )}
        </Paper>
      )}
    </Box>
  );
}

function TemplateForm() {
  const translate = useTranslate();
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={KIND_CHOICES} validate={required()} />
      <SelectInput source="locale" choices={LOCALE_CHOICES} validate={required()} />
      <TextInput source="subject" validate={[required(), knownPlaceholders]} fullWidth />
      <TextInput source="body" validate={[required(), knownPlaceholders]} multiline minRows={6} fullWidth />
      <Typography variant="caption">
        {translate('resources.message-templates.placeholders', {
          list: PLACEHOLDERS.map((p) => `{${p}}`).join(' '),
        })}
      </Typography>
      <Preview />
    </SimpleForm>
  );
}

const withoutPreview = ({ previewApplicationId: _, ...data }: Record<string, unknown>) => data;

export const MessageTemplateCreate = () => (
  <Create redirect="edit" transform={withoutPreview}>
    <TemplateForm />
  </Create>
);

export const MessageTemplateEdit = () => (
  <Edit mutationMode="pessimistic" transform={withoutPreview}>
    <TemplateForm />
  </Edit>
);
