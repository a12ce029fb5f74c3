import { screen, waitFor, within } from '@testing-library/react';
import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  DateTimeInput,
  NumberInput,
  required,
  SaveButton,
  SearchInput,
  SimpleForm,
  Toolbar,
} from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderInAdmin } from '../helpers/renderAdmin';

/**
 * react-admin's inputs hand MUI what it needs through props whose names changed across MUI's
 * majors (InputProps, inputProps, InputLabelProps, a FormControlLabel's inputRef, slotProps): what
 * a user would miss if one of them stopped reaching its element. MUI is pinned to the major these
 * inputs are written for (README, "Browser tests"); tests/setup-dom.ts fails any screen test on a
 * prop that ends up on a DOM element instead.
 */
const mustBeOn = (value: unknown) => (value ? undefined : 'ra.validation.required');
const CHOICES = [
  { id: 'fr', name: 'French' },
  { id: 'en', name: 'English' },
];

async function renderForm(children: React.ReactNode, record: Record<string, unknown> = {}) {
  return renderInAdmin(
    <SimpleForm
      record={record}
      onSubmit={() => undefined}
      toolbar={
        <Toolbar>
          <SaveButton alwaysEnable />
        </Toolbar>
      }
    >
      {children}
    </SimpleForm>,
    { as: null },
  );
}

describe('react-admin inputs on our MUI', () => {
  it('keeps a number input’s min and step, and a date input’s label above its value', async () => {
    await renderForm(
      <>
        <NumberInput source="minWords" min={0} max={1000} step={1} />
        <DateInput source="startDate" />
        <DateTimeInput source="startsAt" />
      </>,
      { startDate: '2026-05-04', startsAt: '2026-05-04T09:30:00Z' },
    );
    const minWords = await screen.findByRole('spinbutton', { name: 'Min words' });
    expect(minWords).toHaveAttribute('min', '0');
    expect(minWords).toHaveAttribute('max', '1000');
    expect(minWords).toHaveAttribute('step', '1');
    for (const label of ['Start date', 'Starts at'])
      expect(screen.getByText(label).closest('label')).toHaveAttribute('data-shrink', 'true');
  });

  it('keeps the search input’s icon and an autocomplete’s open and clear buttons', async () => {
    const { user } = await renderForm(
      <>
        <SearchInput source="q" />
        <AutocompleteInput source="language" choices={CHOICES} />
      </>,
    );
    const search = await screen.findByRole('textbox', { name: '' });
    expect(search.closest('.MuiInputBase-root')?.querySelector('[data-testid="SearchIcon"]')).not.toBeNull();
    const language = screen.getByRole('combobox', { name: 'Language' });
    await user.click(within(language.closest('.MuiInputBase-root') as HTMLElement).getByTitle('Open'));
    await user.click(await screen.findByRole('option', { name: 'English' }));
    expect(language).toHaveValue('English');
    await user.click(within(language.closest('.MuiInputBase-root') as HTMLElement).getByTitle('Clear value'));
    expect(language).toHaveValue('');
  });

  it('takes the keyboard to a checkbox group left empty when a save fails', async () => {
    const { user } = await renderForm(
      <CheckboxGroupInput source="languages" choices={CHOICES} validate={required()} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'French' })).toHaveFocus());
  });

  it('takes the keyboard to a switch that must be on when a save fails', async () => {
    const { user } = await renderForm(<BooleanInput source="consent" validate={mustBeOn} />);
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Consent' })).toHaveFocus());
  });
});
