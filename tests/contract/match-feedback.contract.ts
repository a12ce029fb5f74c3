import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, listQuery } from '../helpers/api';
import { MATCH_FEEDBACK_SCHEMA } from '../tools/openapi/openapi-custom';
import { signInAs } from './accounts';
import { checkSchema } from './check-schema';

/**
 * Recruiters' verdicts on matches over real HTTP (issue 18), black-box: two recruiters of two
 * companies, no seed knowledge. A company writes and reads its own verdicts only, the other gets
 * 404 as for the offer itself, and one company's verdicts never move the other's ranking. Every
 * verdict made here is taken back, so a real backend is left as it was found.
 */
type Session = Awaited<ReturnType<typeof signInAs>>;
let recruiter: Session;
let other: Session;
const made: Array<{ offerId: number; candidateId: number }> = [];

/** A published offer of the session's company that has matches, and its ranking. */
async function offerWithMatches(session: Session) {
  const offers = await call(
    'GET',
    `/api/offers${listQuery({ filter: { status: 'published' }, range: [0, 4] })}`,
    undefined,
    session.token,
  );
  for (const offer of offers.body) {
    const matches = await call(
      'GET',
      `/api/offers/${offer.id}/matches?range=[0,9]`,
      undefined,
      session.token,
    );
    if (matches.status === 200 && matches.body.length >= 2) return { offer, matches: matches.body };
  }
  throw new Error('contract: the account has no published offer with matches');
}

const ranking = async (session: Session, offerId: number) =>
  (await call('GET', `/api/offers/${offerId}/matches?range=[0,9]`, undefined, session.token)).body.map(
    (m: { id: number; score: number }) => [m.id, m.score],
  );

beforeAll(async () => {
  recruiter = await signInAs('recruiter');
  other = await signInAs('otherRecruiter');
  expect(recruiter.user.companyId).not.toBe(other.user.companyId);
});

afterAll(async () => {
  for (const { offerId, candidateId } of made)
    await call('DELETE', `/api/offers/${offerId}/match-feedback/${candidateId}`, undefined, recruiter.token);
});

describe('match feedback, company by company', () => {
  it('a recruiter marks a match, reads it back on the card and in the list, and undoes it', async () => {
    const { offer, matches } = await offerWithMatches(recruiter);
    const candidateId = matches[1].id;
    const marked = await call(
      'POST',
      `/api/offers/${offer.id}/match-feedback`,
      { candidateId, verdict: 'not_a_fit', reason: 'skills' },
      recruiter.token,
    );
    expect([200, 201]).toContain(marked.status);
    made.push({ offerId: offer.id, candidateId });
    expect(checkSchema(MATCH_FEEDBACK_SCHEMA, marked.body, 'feedback')).toEqual([]);
    expect(marked.body.companyId).toBe(recruiter.user.companyId);
    const list = await call('GET', `/api/offers/${offer.id}/match-feedback`, undefined, recruiter.token);
    expect(list.status).toBe(200);
    expect(list.body.some((f: { candidateId: number }) => f.candidateId === candidateId)).toBe(true);
    const card = (
      await call('GET', `/api/offers/${offer.id}/matches?range=[0,29]`, undefined, recruiter.token)
    ).body.find((m: { id: number }) => m.id === candidateId);
    if (card) expect(card.feedback).toEqual({ verdict: 'not_a_fit', reason: 'skills' });
    // The candidate's id in the path is plain digits, as every id in a URL: other spellings are no one.
    for (const spelling of [
      `0x${candidateId.toString(16)}`,
      `${candidateId}.0`,
      `+${candidateId}`,
      `0${candidateId}`,
    ]) {
      const path = `/api/offers/${offer.id}/match-feedback/${encodeURIComponent(spelling)}`;
      expect([spelling, (await call('DELETE', path, undefined, recruiter.token)).status]).toEqual([
        spelling,
        404,
      ]);
    }
    const kept = await call('GET', `/api/offers/${offer.id}/match-feedback`, undefined, recruiter.token);
    expect(kept.body.some((f: { candidateId: number }) => f.candidateId === candidateId)).toBe(true);
    const undone = await call(
      'DELETE',
      `/api/offers/${offer.id}/match-feedback/${candidateId}`,
      undefined,
      recruiter.token,
    );
    expect(undone.status).toBe(200);
    made.pop();
  });

  it('another company can neither read, write nor undo those verdicts: 404, as for the offer', async () => {
    const { offer, matches } = await offerWithMatches(recruiter);
    const candidateId = matches[0].id;
    await call(
      'POST',
      `/api/offers/${offer.id}/match-feedback`,
      { candidateId, verdict: 'good' },
      recruiter.token,
    );
    made.push({ offerId: offer.id, candidateId });
    const path = `/api/offers/${offer.id}/match-feedback`;
    expect((await call('GET', path, undefined, other.token)).status).toBe(404);
    expect(
      (await call('POST', path, { candidateId, verdict: 'not_a_fit', reason: 'pay' }, other.token)).status,
    ).toBe(404);
    expect((await call('DELETE', `${path}/${candidateId}`, undefined, other.token)).status).toBe(404);
    const kept = await call('GET', path, undefined, recruiter.token);
    expect(kept.body.find((f: { candidateId: number }) => f.candidateId === candidateId)?.verdict).toBe(
      'good',
    );
  });

  it('one company’s verdicts leave the other company’s ranking as it was', async () => {
    const theirs = await offerWithMatches(other);
    const before = await ranking(other, theirs.offer.id);
    const { offer, matches } = await offerWithMatches(recruiter);
    for (const m of matches.slice(0, 5)) {
      await call(
        'POST',
        `/api/offers/${offer.id}/match-feedback`,
        { candidateId: m.id, verdict: 'not_a_fit', reason: 'seniority' },
        recruiter.token,
      );
      made.push({ offerId: offer.id, candidateId: m.id });
    }
    expect(await ranking(other, theirs.offer.id)).toEqual(before);
  });

  it('refuses a verdict without its reason, naming the field', async () => {
    const { offer, matches } = await offerWithMatches(recruiter);
    const response = await call(
      'POST',
      `/api/offers/${offer.id}/match-feedback`,
      { candidateId: matches[0].id, verdict: 'not_a_fit' },
      recruiter.token,
    );
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual(['reason']);
  });
});
