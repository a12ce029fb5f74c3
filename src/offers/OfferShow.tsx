import { Box, Stack } from '@mui/material';
import { Children, type ReactElement, type ReactNode } from 'react';
import {
  EditButton,
  Labeled,
  ReferenceField,
  RichTextField,
  TabbedShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { LocaleNumberField } from '../common/LocaleNumberField';
import { RecordShow } from '../common/RecordShow';
import { TranslatedField } from '../common/TranslatedField';
import { EDITABLE_FIELDS } from '../model/permissions';
import type { Offer, Role } from '../model/types';
import { OfferBoards } from '../moderation/OfferBoards';
import { OfferActivity } from './OfferActivity';
import { OfferApplicationsByStage } from './OfferApplicationsByStage';
import { OfferPayField } from './OfferPayField';
import { OfferMatchesSlot, OfferPipelineSlot } from './OfferShowSlots';
import { OfferStatusField } from './OfferStatusField';
import { OfferWorkflowButtons } from './OfferWorkflowButtons';

/** Edit only for roles that may change every field; support moderates with the workflow buttons. */
function OfferShowActions() {
  const { permissions } = usePermissions<{ role: Role } | null>();
  const fullEdit = permissions && !EDITABLE_FIELDS.offers?.[permissions.role] && permissions.role !== 'sales';
  return <TopToolbar>{fullEdit && <EditButton />}</TopToolbar>;
}

function OfferSlots({ slot }: { slot: 'pipeline' | 'matches' }) {
  const record = useRecordContext<Offer>();
  if (!record) return null;
  return slot === 'pipeline' ? (
    <OfferPipelineSlot offerId={record.id} />
  ) : (
    <OfferMatchesSlot offerId={record.id} />
  );
}

/** A row of fields, each labelled here: fields in a row sit outside the layout's own labelling. */
function LabeledRow({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" sx={{ gap: 4, flexWrap: 'wrap' }}>
      {Children.map(children, (field) => (
        <Labeled>{field as ReactElement}</Labeled>
      ))}
    </Stack>
  );
}

export function OfferShow() {
  const { permissions } = usePermissions<{ role: Role } | null>();
  const role = permissions?.role;
  const companyWork = role === 'recruiter' || role === 'admin';
  return (
    <RecordShow actions={<OfferShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.offers.show.summary">
          <LabeledRow>
            <TextField source="reference" />
            <OfferStatusField source="status" />
            <LocaleNumberField source="views" />
            <LocaleNumberField source="applicationsCount" />
          </LabeledRow>
          <OfferWorkflowButtons />
          <TextField source="title" />
          <ReferenceField source="companyId" reference="companies" />
          <ReferenceField source="recruiterId" reference="users" />
          <LabeledRow>
            <TranslatedField source="contractType" prefix="resources.offers.contract" />
            <TranslatedField source="experienceLevel" prefix="resources.offers.experience" />
            <TranslatedField source="remote" prefix="resources.offers.remote" />
            <TextField source="city" />
            <TranslatedField source="country" prefix="resources.offers.country" />
          </LabeledRow>
          <OfferPayField source="pay" />
          <TextArrayField source="skills" emptyText="—" />
          <LabeledRow>
            <LocaleDateField source="createdAt" />
            <LocaleDateField source="publishedAt" emptyText="—" />
            <LocaleDateField source="expiresAt" emptyText="—" />
            <LocaleDateField source="closedAt" emptyText="—" />
          </LabeledRow>
          <Box sx={{ maxWidth: 800 }}>
            <RichTextField source="description" />
          </Box>
        </TabbedShowLayout.Tab>
        {(companyWork || role === 'support') && (
          <TabbedShowLayout.Tab label="resources.offers.show.applications" path="applications">
            <OfferApplicationsByStage />
            <OfferActivity />
          </TabbedShowLayout.Tab>
        )}
        {(companyWork || role === 'support') && (
          <TabbedShowLayout.Tab label="resources.offer-publications.offer.tab" path="boards">
            <OfferBoards />
          </TabbedShowLayout.Tab>
        )}
        {companyWork && (
          <TabbedShowLayout.Tab label="resources.offers.show.pipeline" path="pipeline">
            <OfferSlots slot="pipeline" />
          </TabbedShowLayout.Tab>
        )}
        {companyWork && (
          <TabbedShowLayout.Tab label="resources.offers.show.matches" path="matches">
            <OfferSlots slot="matches" />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </RecordShow>
  );
}
