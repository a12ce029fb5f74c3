import { Button } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useDataProvider,
  useGetIdentity,
  useListContext,
  useTranslate,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { saveFile } from '../common/saveFile';
import { mondayOf, userTimeZone } from '../model/time-zone';
import type { Identifier, Interview } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';
import { InterviewCalendar } from './InterviewCalendar';
import { KIND_CHOICES, STATUS_CHOICES } from './InterviewInputs';

/** What the calendar files are saved as. */
export const ICS_TYPE = 'text/calendar;charset=utf-8';

const userName = (u: { firstName: string; lastName: string }) => `${u.firstName} ${u.lastName}`;

const filters = [
  <ReferenceInput
    key="interviewer"
    source="interviewerIds"
    reference="users"
    filter={{ role: 'recruiter' }}
    alwaysOn
  >
    <AutocompleteInput optionText={userName} label="resources.interviews.fields.interviewer" />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} />,
  <SelectInput key="kind" source="kind" choices={KIND_CHOICES} />,
];

function WeekIcsButton() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { filterValues } = useListContext();
  const who = (filterValues.interviewerIds as Identifier | undefined) ?? identity?.id;
  const zone = userTimeZone();
  const week = mondayOf(Date.now(), zone);
  const dataProvider = useDataProvider<AppDataProvider>();
  const download = async () => {
    if (who === undefined) return;
    const { data } = await dataProvider.getWeekIcs({ week, tz: zone, interviewerId: who });
    saveFile(data, `interviews-${week}.ics`, ICS_TYPE);
  };
  return (
    <Button size="small" disabled={who === undefined} onClick={download}>
      {translate('resources.interviews.actions.week_ics')}
    </Button>
  );
}

function CalendarFromFilters() {
  const { filterValues } = useListContext();
  return <InterviewCalendar interviewerId={filterValues.interviewerIds as Identifier | undefined} />;
}

/** The calendar of the week (or day) on top, the paged list below; both follow the interviewer filter. */
export function InterviewList() {
  return (
    <List
      sort={{ field: 'startsAt', order: 'DESC' }}
      exporter={false}
      filters={filters}
      actions={
        <TopToolbar>
          <WeekIcsButton />
        </TopToolbar>
      }
    >
      <CalendarFromFilters />
      <DataTable<Interview> rowClick="show">
        <DataTable.Col source="startsAt" field={LocaleDateField} />
        <DataTable.Col source="kind" render={(r) => <KindLabel kind={r.kind} />} />
        <DataTable.Col source="status" render={(r) => <StatusLabel status={r.status} />} />
        <DataTable.Col source="candidateId">
          <ReferenceField source="candidateId" reference="candidates" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

export function KindLabel({ kind }: { kind: Interview['kind'] }) {
  return <>{useTranslate()(`resources.interviews.kinds.${kind}`)}</>;
}

export function StatusLabel({ status }: { status: Interview['status'] }) {
  return <>{useTranslate()(`resources.interviews.statuses.${status}`)}</>;
}
