/** `app.conflict.*`: the 409 dialog of every edit form. */
export const conflictEn = {
  title: 'Someone else changed this record',
  explanation:
    'Your changes are not saved yet. Compare them with the stored record: keep yours (saved over the new version, their other changes kept) or take the stored record.',
  field: 'Field',
  mine: 'Your value',
  theirs: 'Stored value',
  changed_by_them: 'changed by someone else',
  keep_mine: 'Keep mine',
  take_theirs: 'Take the stored record',
};
