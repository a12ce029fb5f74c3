import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, forbiddenImports, readImports, unusedPairs } from './feature-graph';

const SRC = join(import.meta.dirname, '../../src');

describe('imports between the folders of src/', () => {
  const edges = readImports(SRC);

  it('go from a feature to another only where the allow-list says why', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(forbiddenImports(edges)).toEqual([]);
  });

  it('leave no pair on the allow-list that no import needs', () => {
    expect(unusedPairs(edges)).toEqual([]);
    for (const reason of Object.values(ALLOWED)) expect(reason.length).toBeGreaterThan(10);
  });

  it('refuse a feature reaching into another, a shared folder into a feature, and anyone into App', () => {
    const fixture = [
      { from: 'users/UserList.tsx', to: 'candidates/CandidateList.tsx' },
      { from: 'common/ReasonDialog.tsx', to: 'users/LockButton.tsx' },
      { from: 'offers/OfferList.tsx', to: 'App.tsx' },
      { from: 'i18n/en.screens.ts', to: 'offers/OfferList.tsx' },
    ];
    expect(forbiddenImports(fixture)).toEqual([
      'users/UserList.tsx → candidates/CandidateList.tsx (users -> candidates)',
      'common/ReasonDialog.tsx → users/LockButton.tsx (common -> users)',
      'offers/OfferList.tsx → App.tsx (offers -> App.tsx)',
      'i18n/en.screens.ts → offers/OfferList.tsx (i18n -> offers)',
    ]);
  });

  it('let a feature use the shared folders, the root config, itself, and an allowed neighbour', () => {
    const fixture = [
      { from: 'users/UserList.tsx', to: 'common/ReasonDialog.tsx' },
      { from: 'users/UserList.tsx', to: 'config.ts' },
      { from: 'users/UserList.tsx', to: 'users/LockButton.tsx' },
      { from: 'offers/OfferShowSlots.tsx', to: 'pipeline/index.ts' },
      { from: 'i18n/en.screens.ts', to: 'offers/i18n.en.ts' },
      { from: 'App.tsx', to: 'offers/index.ts' },
    ];
    expect(forbiddenImports(fixture)).toEqual([]);
  });

  it('count type-only and lazy imports too', () => {
    const found = edges.filter((edge) => edge.from === 'scraping/ScrapingWatchPage.tsx').map((e) => e.to);
    expect(found).toContain('scraping/charts/ActivityChart.tsx');
    const types = edges.filter((edge) => edge.from === 'providers/dataProvider.ts').map((e) => e.to);
    expect(types).toContain('model/types.ts');
  });
});
