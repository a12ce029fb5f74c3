import { Button } from '@mui/material';
import {
  DataTable,
  EditButton,
  Link,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DisabledAction } from '../common/DisabledAction';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordShow } from '../common/RecordShow';
import { SafeUrlField } from '../common/SafeUrlField';
import { saveFile } from '../common/saveFile';
import { useAnonymised } from '../common/useAnonymised';
import type { Interview, Scorecard } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';
import { ICS_TYPE, KindLabel, StatusLabel } from './InterviewList';

function IcsButton() {
  const translate = useTranslate();
  const record = useRecordContext<Interview>();
  const dataProvider = useDataProvider<AppDataProvider>();
  if (!record) return null;
  const download = async () => {
    const { data } = await dataProvider.getInterviewIcs(record.id);
    saveFile(data, `interview-${record.id}.ics`, ICS_TYPE);
  };
  return (
    <Button size="small" onClick={download}>
      {translate('resources.interviews.actions.ics')}
    </Button>
  );
}

function ScorecardButton() {
  const translate = useTranslate();
  const record = useRecordContext<Interview>();
  const anonymised = useAnonymised(record?.candidateId);
  if (!record) return null;
  if (anonymised)
    return (
      <DisabledAction
        label={translate('resources.interviews.actions.scorecard')}
        reason={translate('resources.interviews.actions.anonymised')}
      />
    );
  return (
    <Button
      component={Link}
      to="/scorecards/create"
      state={{ record: { interviewId: record.id } }}
      size="small"
    >
      {translate('resources.interviews.actions.scorecard')}
    </Button>
  );
}

const Actions = () => (
  <TopToolbar>
    <IcsButton />
    <ScorecardButton />
    <EditButton />
  </TopToolbar>
);

/** One interview: when (in the reader's zone), who, where; its scorecards; the .ics download. */
export function InterviewShow() {
  const translate = useTranslate();
  return (
    <RecordShow actions={<Actions />}>
      <SimpleShowLayout>
        <LocaleDateField source="startsAt" showTime />
        <NumberField source="durationMinutes" />
        <KindOf />
        <ReferenceField source="candidateId" reference="candidates" />
        <ReferenceField source="offerId" reference="offers" />
        <ReferenceField source="applicationId" reference="applications" link="show" />
        <TextField source="location" emptyText="-" />
        <SafeUrlField source="videoUrl" />
        <ReferenceArrayField source="interviewerIds" reference="users" />
        <ReferenceManyField
          reference="scorecards"
          target="interviewId"
          // A resource's name has a singular and a plural form: the label is the plural one.
          label={translate('resources.scorecards.name', { smart_count: 2 })}
        >
          <DataTable<Scorecard> rowClick="edit" bulkActionButtons={false}>
            <DataTable.Col source="authorId">
              <ReferenceField source="authorId" reference="users" />
            </DataTable.Col>
            <DataTable.Col source="recommendation" />
            <DataTable.Col source="submittedAt" field={LocaleDateField} />
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </RecordShow>
  );
}

function KindOf() {
  const record = useRecordContext<Interview>();
  if (!record) return null;
  return (
    <span>
      <KindLabel kind={record.kind} /> · <StatusLabel status={record.status} />
    </span>
  );
}
