import { describe, expect, it, vi } from 'vitest';
import { pageAt, preloadRoute } from '../../src/App';
import { candidateResource } from '../../src/candidates';
import type { LazyPage } from '../../src/common/lazyPage';
import { offerResource } from '../../src/offers';

/** main.tsx fetches the code of the page asked for while the login form is up (issue 9). */
describe('the page at a route', () => {
  it.each([
    ['#/candidates', candidateResource.list],
    ['#/candidates?filter=%7B%7D', candidateResource.list],
    ['#/offers/create', offerResource.create],
    ['#/offers/12/show', offerResource.show],
    ['#/offers/12', offerResource.edit],
  ])('%s is the resource page', (hash, page) => {
    expect(pageAt(hash)).toBe(page);
  });

  it('is the dashboard for the login page and the home page, where sign-in lands', () => {
    const dashboard = pageAt('#/');
    expect(pageAt('#/login')).toBe(dashboard);
    expect(pageAt('')).toBe(dashboard);
    expect(dashboard).not.toBe(pageAt('#/pipeline'));
  });

  it('starts loading that page’s code', async () => {
    const list = candidateResource.list as LazyPage<object>;
    const preload = vi.spyOn(list, 'preload');
    preloadRoute('#/candidates');
    expect(preload).toHaveBeenCalledTimes(1);
    await expect(preload.mock.results[0].value).resolves.toBeTypeOf('function');
  });
});
