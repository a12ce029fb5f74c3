import { screen } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { MoneyField } from '../../src/common/MoneyField';
import { SafeUrlField } from '../../src/common/SafeUrlField';
import { safeUrl } from '../../src/common/url';
import { formatMoney, intlLocale } from '../../src/model/format';
import { renderInAdmin } from '../helpers/renderAdmin';

describe('safeUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/ada', 'https://www.linkedin.com/in/ada'],
    ['http://example.fr', 'http://example.fr/'],
    ['mailto:jobs@acme.test', 'mailto:jobs@acme.test'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//evil.test', null],
    ['not a url', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

describe('SafeUrlField', () => {
  it('links http(s) and shows other schemes as plain text', async () => {
    await renderInAdmin(
      <>
        <RecordContextProvider value={{ id: 1, linkedinUrl: 'https://www.linkedin.com/in/ada' }}>
          <SafeUrlField source="linkedinUrl" />
        </RecordContextProvider>
        <RecordContextProvider value={{ id: 2, linkedinUrl: 'javascript:alert(1)' }}>
          <SafeUrlField source="linkedinUrl" />
        </RecordContextProvider>
      </>,
      { as: null },
    );
    expect(screen.getByRole('link', { name: 'https://www.linkedin.com/in/ada' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});

describe('money', () => {
  it('formats by locale and currency', () => {
    expect(formatMoney(45000, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('45 000 €');
    expect(formatMoney(45000, 'GBP', 'en')).toBe('£45,000');
    // French Intl writes "£GB" by default: a reader here only ever meets one pound.
    expect(formatMoney(39128, 'GBP', 'fr').replace(/\s/g, ' ')).toBe('39 128 £');
  });

  it('writes English dates day first (UK market)', () => {
    const date = new Date('2026-03-04T12:00:00Z');
    expect(date.toLocaleDateString(intlLocale('en'))).toBe('04/03/2026');
    expect(date.toLocaleDateString(intlLocale('fr'))).toBe('04/03/2026');
  });

  it('MoneyField reads the record currency and cents', async () => {
    await renderInAdmin(
      <RecordContextProvider value={{ id: 1, mrrCents: 129900, currency: 'GBP' }}>
        <MoneyField source="mrrCents" cents />
      </RecordContextProvider>,
      { as: null },
    );
    expect(screen.getByText('£1,299')).toBeInTheDocument();
  });
});
