import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../../src/pipeline/RejectionFields';

describe('a rejection as the dialogs send it', () => {
  it('"other" needs words a reader can see, as the API does: the dialog keeps its Reject button off instead of losing them to a refusal', () => {
    for (const invisible of ['', '   ', '\u200B', '\u3164', '\u2800', '\u00A0\u200D'])
      expect(rejectionOf({ category: 'other', details: invisible }), JSON.stringify(invisible)).toBeNull();
    expect(rejectionOf({ category: 'other', details: '  Went elsewhere ' })).toEqual({
      rejectionCategory: 'other',
      rejectionReason: 'Went elsewhere',
    });
    expect(rejectionOf({ category: 'salary', details: '\u200B' })).toEqual({ rejectionCategory: 'salary' });
    expect(rejectionOf({ category: '', details: 'Why' })).toBeNull();
  });
});
