import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chooseFilter, dateFilter, typeFilter } from '../helpers/filters';
import { renderPage } from '../helpers/renderAdmin';
import { recordLists } from './requests';

/** Every candidate filter, set through the filter form, reaches the API as one list query. */
describe('Candidate list filters', () => {
  it('sends country, remote, availability, experience range, contract type, source and tag', async () => {
    const sent = recordLists('candidates');
    const { user } = await renderPage('/candidates', { as: 'admin' });
    // The filter form re-renders when its debounced query goes out (and a late one would drop a
    // filter added meanwhile): let each one land before the next.
    const sentWith = (key: string) => waitFor(() => expect(sent.at(-1)?.filter).toHaveProperty(key));
    await chooseFilter(user, 'Country', 'United Kingdom');
    await sentWith('country');
    await chooseFilter(user, 'Remote', 'Fully remote');
    await sentWith('remote');
    await dateFilter(user, 'Available before', '2026-12-31');
    await sentWith('availableFrom_lte');
    await typeFilter(user, 'Experience from (years)', '3');
    await sentWith('yearsOfExperience_gte');
    await typeFilter(user, 'Experience up to (years)', '10');
    await sentWith('yearsOfExperience_lte');
    await chooseFilter(user, 'Contract types', 'Freelance');
    await sentWith('contractTypes');
    await chooseFilter(user, 'Source', 'LinkedIn');
    await sentWith('source');
    await typeFilter(user, 'Tag', 'java');
    await waitFor(() =>
      expect(sent.at(-1)?.filter).toEqual({
        country: 'GB',
        remote: 'full',
        availableFrom_lte: '2026-12-31',
        yearsOfExperience_gte: 3,
        yearsOfExperience_lte: 10,
        contractTypes: ['freelance'],
        source: 'linkedin',
        tags: 'java',
      }),
    );
    expect(sent.at(-1)?.range).toEqual([0, 24]);
  });
});

describe('an experience filter', () => {
  it('refuses a decimal under the field, in words, keeping what was typed and sending nothing until it is whole', async () => {
    const sent = recordLists('candidates');
    const { user } = await renderPage('/candidates', { as: 'acme' });
    const unfiltered = (await screen.findByText(/^1-25 of [\d,]+$/)).textContent as string;
    await typeFilter(user, 'Experience from (years)', '2.5');
    const input = screen.getByLabelText('Experience from (years)', { selector: 'input' });
    await waitFor(() => expect(input).toHaveAccessibleDescription('Enter a whole number (no decimals)'));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveValue(2.5);
    // Another filter changed meanwhile is not sent either while the form holds the decimal.
    await chooseFilter(user, 'Country', 'United Kingdom');
    expect(input).toHaveValue(2.5);
    await user.clear(input);
    await user.type(input, '3');
    await waitFor(() =>
      expect(sent.at(-1)?.filter).toMatchObject({ country: 'GB', yearsOfExperience_gte: 3 }),
    );
    expect(sent.filter((list) => list.filter.yearsOfExperience_gte === 2.5)).toEqual([]);
    // The filtered list is shown (its answer is in before the test ends), with no error.
    await waitFor(() => expect(screen.queryByText(unfiltered)).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input).not.toHaveAccessibleDescription('Enter a whole number (no decimals)');
  });

  it('says so in French', async () => {
    const { user } = await renderPage('/candidates', { as: 'acme', locale: 'fr' });
    await screen.findByText(/^1-25 sur /);
    await user.click(await screen.findByRole('button', { name: 'Ajouter un filtre' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Expérience maximale (années)' }));
    const input = await screen.findByLabelText('Expérience maximale (années)', { selector: 'input' });
    await user.type(input, '4.5');
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription('Saisissez un nombre entier (sans décimales)'),
    );
  });

  it('says in English and in French that a number beyond what the search can hold is too large', async () => {
    for (const [locale, button, menu, message] of [
      [
        'en',
        'Add filter',
        'Experience up to (years)',
        'Enter a smaller number: this one is too large to search on',
      ],
      [
        'fr',
        'Ajouter un filtre',
        'Expérience maximale (années)',
        'Saisissez un nombre plus petit\u00A0: celui-ci est trop grand pour la recherche',
      ],
    ] as const) {
      const { user, unmount } = await renderPage('/candidates', { as: 'acme', locale });
      await user.click(await screen.findByRole('button', { name: button }));
      await user.click(await screen.findByRole('menuitemcheckbox', { name: menu }));
      const input = await screen.findByLabelText(menu, { selector: 'input' });
      await user.type(input, '99999999999999999999');
      await waitFor(() => expect(input).toHaveAccessibleDescription(message));
      unmount();
    }
  });
});
