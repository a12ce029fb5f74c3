import { expect } from 'vitest';
import type { Offer } from '../../src/model/types';
import { call } from './api';
import { publishedOfferBody } from './board-offers';

export { FR_OFFER_TEXT, publishedOfferBody } from './board-offers';

/**
 * Creates that offer as the token's recruiter through the public API (the in-process mock and a real
 * backend alike); fails the test with the API's answer otherwise.
 */
export async function publishedOffer(token: string, description: string, title?: string): Promise<Offer> {
  const response = await call<Offer>(
    'POST',
    '/api/offers',
    publishedOfferBody(description, { title }),
    token,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}
