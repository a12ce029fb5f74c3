import { Chip, Stack, Typography } from '@mui/material';
import {
  DataTable,
  FunctionField,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  TabbedShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { MoneyField } from '../common/MoneyField';
import { RecordShow } from '../common/RecordShow';
import { SafeUrlField } from '../common/SafeUrlField';
import { StageField } from '../common/StageField';
import { CandidateMatchingOffers } from '../matching';
import type { Application, Candidate } from '../model/types';
import { CandidateHeader } from './CandidateHeader';
import { CandidateTimeline } from './CandidateTimeline';

function Chips({ source, prefix }: { source: 'skills' | 'tags' | 'contractTypes'; prefix?: string }) {
  const record = useRecordContext<Candidate>();
  const translate = useTranslate();
  if (!record?.[source]?.length) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {record[source].map((value) => (
        <Chip key={value} size="small" label={prefix ? translate(`${prefix}.${value}`) : value} />
      ))}
    </Stack>
  );
}

function Expectations() {
  const record = useRecordContext<Candidate>();
  if (!record) return null;
  return (
    <Stack direction="row" sx={{ gap: 4, flexWrap: 'wrap' }}>
      {record.desiredSalary != null && (
        <Labeled source="desiredSalary">
          <MoneyField source="desiredSalary" />
        </Labeled>
      )}
      {record.desiredDailyRate != null && (
        <Labeled source="desiredDailyRate">
          <MoneyField source="desiredDailyRate" />
        </Labeled>
      )}
      <Labeled source="contractTypes">
        <Chips source="contractTypes" prefix="resources.offers.contract" />
      </Labeled>
      <Labeled source="remote">
        <FunctionField<Candidate> render={(r) => <RemoteLabel value={r.remote} />} />
      </Labeled>
      <Labeled source="availableFrom">
        <LocaleDateField source="availableFrom" emptyText="resources.candidates.show.available_now" />
      </Labeled>
    </Stack>
  );
}

function RemoteLabel({ value }: { value: string }) {
  const translate = useTranslate();
  return <Typography variant="body2">{translate(`resources.offers.remote.${value}`)}</Typography>;
}

/** Profile, applications with their stage, and the activity timeline with an "add note" form. */
export function CandidateShow() {
  return (
    <RecordShow>
      <CandidateHeader />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.candidates.tabs.profile">
          <Labeled source="skills">
            <Chips source="skills" />
          </Labeled>
          <TextField source="yearsOfExperience" />
          <Expectations />
          <SafeUrlField source="linkedinUrl" />
          <TextField source="summary" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
          <Labeled source="tags">
            <Chips source="tags" />
          </Labeled>
          <LocaleDateField source="lastActivityAt" showTime />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.candidates.tabs.applications" path="applications">
          <ReferenceManyField<Candidate, Application>
            reference="applications"
            target="candidateId"
            sort={{ field: 'appliedAt', order: 'DESC' }}
            empty={<EmptyText text="resources.candidates.show.no_applications" />}
          >
            <DataTable<Application> rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="offerId">
                <ReferenceField source="offerId" reference="offers" link={false} />
              </DataTable.Col>
              <DataTable.Col source="stage" field={StageField} />
              <DataTable.Col source="appliedAt" field={LocaleDateField} />
              <DataTable.Col source="stageChangedAt" field={LocaleDateField} />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.candidates.tabs.activity" path="activity">
          <CandidateTimeline />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="matching.matching_offers.tab" path="matching">
          <CandidateMatchingOffers />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </RecordShow>
  );
}

function EmptyText({ text }: { text: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ p: 2 }}>
      {translate(text)}
    </Typography>
  );
}
