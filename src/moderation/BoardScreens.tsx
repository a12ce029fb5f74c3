import {
  BooleanInput,
  CheckboxGroupInput,
  Create,
  DataTable,
  Edit,
  List,
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { BOARD_LANGUAGES, DEFAULT_BOARD_RULES } from '../model/boards';
import type { Board } from '../model/types';

/**
 * The job boards: admin adds and edits them (name, site, market, languages, the board's own rules);
 * support and sales read the list. Offers are sent to the active ones.
 */
const P = 'resources.boards';
const COUNTRY_CHOICES = ['FR', 'GB'].map((id) => ({ id, name: `resources.offers.country.${id}` }));
const LANGUAGE_CHOICES = BOARD_LANGUAGES.map((id) => ({ id, name: `${P}.languages.${id}` }));
/** The API takes 0 to 1,000 words; the form says so before sending. */
const MIN_WORDS = [required(), minValue(0), maxValue(1000)];

/** The board's rules in words, so the list reads without opening each board. */
function RulesText({ board }: { board: Board }) {
  const translate = useTranslate();
  const parts = [
    board.rules.requiresPayRange && translate(`${P}.rules.requiresPayRange`),
    board.rules.inclusiveWording && translate(`${P}.rules.inclusiveWording`),
    translate(`${P}.rules.min_words_value`, { count: board.rules.minWords }),
  ].filter(Boolean);
  return <>{parts.join(' · ')}</>;
}

export function BoardList() {
  const translate = useTranslate();
  const { canAccess: canEdit } = useCanAccess({ resource: 'boards', action: 'edit' });
  return (
    <List sort={{ field: 'id', order: 'ASC' }} exporter={false}>
      <DataTable<Board> rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col
          source="country"
          render={(b: Board) => translate(`resources.offers.country.${b.country}`)}
        />
        <DataTable.Col
          source="languages"
          disableSort
          render={(b: Board) => b.languages.map((l) => translate(`${P}.languages.${l}`)).join(', ')}
        />
        <DataTable.Col source="rules" disableSort render={(b: Board) => <RulesText board={b} />} />
        <DataTable.Col
          source="active"
          render={(b: Board) => translate(b.active ? `${P}.active_yes` : `${P}.active_no`)}
        />
      </DataTable>
    </List>
  );
}

function BoardForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <TextInput source="url" type="url" validate={required()} />
      <SelectInput source="country" choices={COUNTRY_CHOICES} validate={required()} />
      <CheckboxGroupInput source="languages" choices={LANGUAGE_CHOICES} validate={required()} />
      <BooleanInput
        source="rules.requiresPayRange"
        label={`${P}.rules.requiresPayRange`}
        helperText={`${P}.rules.requiresPayRange_help`}
      />
      <BooleanInput
        source="rules.inclusiveWording"
        label={`${P}.rules.inclusiveWording`}
        helperText={`${P}.rules.inclusiveWording_help`}
      />
      <NumberInput
        source="rules.minWords"
        label={`${P}.rules.minWords`}
        helperText={`${P}.rules.minWords_help`}
        step={1}
        validate={MIN_WORDS}
      />
      <BooleanInput source="active" helperText={`${P}.active_help`} />
    </SimpleForm>
  );
}

export const BoardCreate = () => (
  <Create redirect="list" record={{ rules: { ...DEFAULT_BOARD_RULES }, active: true, languages: [] }}>
    <BoardForm />
  </Create>
);

export const BoardEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <BoardForm />
  </Edit>
);
