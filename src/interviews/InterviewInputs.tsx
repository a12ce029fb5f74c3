import {
  AutocompleteArrayInput,
  DateTimeInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetIdentity,
} from 'react-admin';
import { ApplicationOptionText } from '../common/ApplicationOptionText';
import { choicesOf } from '../common/choices/offers';
import { localInputToIso } from '../model/time-zone';
import { INTERVIEW_KINDS } from '../model/types';

export const KIND_CHOICES = choicesOf(INTERVIEW_KINDS, 'resources.interviews.kinds');
export const STATUS_CHOICES = ['planned', 'done', 'cancelled', 'no-show'].map((id) => ({
  id,
  name: `resources.interviews.statuses.${id}`,
}));

/**
 * The interview form shared by Create and Edit. DateTimeInput edits in the browser's zone; the
 * value is sent as UTC (localInputToIso), which is what the API and the .ics files carry. A clash
 * comes back as a 409 whose message is shown on "Starts".
 */
export function InterviewInputs({ creating = false }: { creating?: boolean }) {
  const { identity } = useGetIdentity();
  return (
    <SimpleForm
      defaultValues={
        creating
          ? { durationMinutes: 60, kind: 'video', interviewerIds: identity ? [identity.id] : [] }
          : undefined
      }
    >
      <ReferenceInput source="applicationId" reference="applications">
        <SelectInput optionText={<ApplicationOptionText />} validate={required()} disabled={!creating} />
      </ReferenceInput>
      <DateTimeInput source="startsAt" validate={required()} parse={localInputToIso} />
      {/* Steps count from min: 5 by 5, so the usual 30, 45 and 60 are all valid to the browser. */}
      <NumberInput source="durationMinutes" min={5} max={480} step={5} validate={required()} />
      <SelectInput source="kind" choices={KIND_CHOICES} validate={required()} />
      <TextInput source="location" />
      <TextInput source="videoUrl" type="url" />
      <ReferenceArrayInput source="interviewerIds" reference="users" filter={{ role: 'recruiter' }}>
        <AutocompleteArrayInput
          optionText={(u: { firstName: string; lastName: string }) => `${u.firstName} ${u.lastName}`}
        />
      </ReferenceArrayInput>
      {!creating && <SelectInput source="status" choices={STATUS_CHOICES} />}
    </SimpleForm>
  );
}
