import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { typeFilter } from '../helpers/filters';
import { renderPage } from '../helpers/renderAdmin';
import { recordLists } from './requests';

const LABEL = 'Experience from (years)';
const experienceSent = (sent: ReturnType<typeof recordLists>) =>
  sent.map((list) => list.filter.yearsOfExperience_gte).filter((value) => value !== undefined);

/** The whole-number check of a list filter, reached by other ways than typing a decimal. */
describe('an experience filter, beyond a typed decimal', () => {
  it('refuses a decimal that comes with the address (a shared or bookmarked link) under the field', async () => {
    const sent = recordLists('candidates');
    const filter = encodeURIComponent(JSON.stringify({ yearsOfExperience_gte: 2.5 }));
    await renderPage(`/candidates?filter=${filter}`, { as: 'acme' });
    const input = await screen.findByLabelText(LABEL, { selector: 'input' });
    await waitFor(() => expect(input).toHaveAccessibleDescription('Enter a whole number (no decimals)'));
    expect(experienceSent(sent)).not.toContain(2.5);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses under the field a whole number too large for the API, instead of sending it', async () => {
    const sent = recordLists('candidates');
    const { user } = await renderPage('/candidates', { as: 'acme' });
    await screen.findByText(/^1-25 of [\d,]+$/);
    await typeFilter(user, LABEL, '99999999999999999999');
    const input = screen.getByLabelText(LABEL, { selector: 'input' });
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(experienceSent(sent)).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
