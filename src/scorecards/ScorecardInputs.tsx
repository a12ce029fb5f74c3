import {
  BooleanInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetOne,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { InterviewOptionText } from '../common/InterviewOptionText';
import { criteriaFor, RATING_MAX, RATING_MIN, RECOMMENDATIONS } from '../model/scorecards';
import type { Interview, Offer } from '../model/types';

const RATINGS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => ({
  id: RATING_MIN + i,
  name: String(RATING_MIN + i),
}));
const RECOMMENDATION_CHOICES = RECOMMENDATIONS.map((id) => ({
  id,
  name: `resources.scorecards.recommendations.${id}`,
}));

const toRating = (value: unknown) => (value === '' || value == null ? null : Number(value));

/** One 1–4 radio group per criterion of the interview's offer. */
function Ratings() {
  const translate = useTranslate();
  const interviewId = useWatch({ name: 'interviewId' });
  const { data: interview } = useGetOne<Interview>(
    'interviews',
    { id: interviewId },
    { enabled: !!interviewId },
  );
  const { data: offer } = useGetOne<Offer>('offers', { id: interview?.offerId }, { enabled: !!interview });
  if (!offer) return null;
  return (
    <>
      {criteriaFor(offer).map((criterion) => (
        <RadioButtonGroupInput
          key={criterion}
          source={`ratings.${criterion}`}
          label={translate(`resources.scorecards.criteria.${criterion}`, { _: criterion })}
          choices={RATINGS}
          // A radio's value is text: the API wants the rating as a number.
          parse={toRating}
          row
        />
      ))}
    </>
  );
}

/** The scorecard form shared by Create and Edit; "submit" turns the draft into a final card. */
export function ScorecardInputs({ creating = false }: { creating?: boolean }) {
  return (
    <SimpleForm>
      <ReferenceInput source="interviewId" reference="interviews">
        <SelectInput optionText={<InterviewOptionText />} validate={required()} disabled={!creating} />
      </ReferenceInput>
      <Ratings />
      <TextInput source="summary" multiline minRows={3} fullWidth />
      <SelectInput source="recommendation" choices={RECOMMENDATION_CHOICES} />
      <BooleanInput source="submit" label="resources.scorecards.fields.submit" />
    </SimpleForm>
  );
}

/** `submit` is a form-only switch: the server stamps submittedAt with its own clock. */
export function toScorecardPayload<T extends { submit?: boolean; submittedAt?: string | null }>({
  submit,
  ...data
}: T) {
  return { ...data, submittedAt: submit ? new Date().toISOString() : (data.submittedAt ?? null) };
}
