import { Stack } from '@mui/material';
import {
  Labeled,
  NumberField,
  ReferenceField,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordShow } from '../common/RecordShow';
import { StageField } from '../common/StageField';
import { TranslatedField } from '../common/TranslatedField';
import { ApplicationInterviewActions } from '../interviews/ApplicationInterviewActions';
import { ApplicationInterviews } from '../interviews/ApplicationInterviews';
import { MatchScoreField } from '../matching/MatchScoreField';
import type { Application } from '../model/types';
import { ApplicationScorecards } from '../scorecards/ApplicationScorecards';
import { ApplicationStagePanel } from './ApplicationStagePanel';
import { ApplicationTimeline } from './ApplicationTimeline';

function BookedInterviews() {
  const record = useRecordContext<Application>();
  return record ? <ApplicationInterviews applicationId={record.id} /> : null;
}

/** One application: who, for what, where it stands; stage and rating change here; its timeline. */
export function ApplicationShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <ReferenceField source="candidateId" reference="candidates" />
        <ReferenceField source="offerId" reference="offers" />
        <Stack direction="row" sx={{ gap: 4, flexWrap: 'wrap' }}>
          {/* A row of fields outside the layout's own labelling: each says what it is. */}
          <Labeled>
            <StageField source="stage" />
          </Labeled>
          <Labeled>
            <NumberField source="rating" emptyText="—" />
          </Labeled>
          <Labeled>
            <MatchScoreField source="matchScore" />
          </Labeled>
          <Labeled>
            <TranslatedField source="source" prefix="app.sources" />
          </Labeled>
          <Labeled>
            <LocaleDateField source="appliedAt" />
          </Labeled>
          <Labeled>
            <LocaleDateField source="stageChangedAt" />
          </Labeled>
        </Stack>
        <TranslatedField
          source="rejectionCategory"
          prefix="resources.applications.rejection_category"
          emptyText="—"
        />
        <TextField source="rejectionReason" emptyText="—" />
        <ApplicationStagePanel />
        <ApplicationInterviewActions />
        <BookedInterviews />
        <ApplicationScorecards />
        <ApplicationTimeline />
      </SimpleShowLayout>
    </RecordShow>
  );
}
