/**
 * `matching.*` in English, merged into src/i18n/en.ts; i18n.fr.ts has the same keys. The API's
 * match reasons (mocks/domain/matching-signals.ts, matching-skills.ts) are keys under `reasons`.
 */
export const matchingEn = {
  reasons: {
    skillsMatched: 'Has %{count} of the %{total} skills asked: %{skills}',
    skillsInProfileText: 'Mentions %{skills} in the profile text (not listed as skills)',
    skillsMissing: 'Missing %{count} of the %{total} skills asked: %{skills}',
    seniorityFits:
      '%{smart_count} year of experience, right for the level asked (%{level}) |||| %{smart_count} years of experience, right for the level asked (%{level})',
    seniorityBelow:
      '%{smart_count} year of experience; the level asked (%{level}) expects at least %{min} |||| %{smart_count} years of experience; the level asked (%{level}) expects at least %{min}',
    seniorityAbove:
      '%{smart_count} year of experience: more senior than the level asked (%{level}) |||| %{smart_count} years of experience: more senior than the level asked (%{level})',
    offerFullRemote: 'The offer is fully remote (%{country})',
    remoteOnlyOnSite: 'Remote only; the offer is on-site in %{city}',
    remoteOnlyHybrid: 'Remote only; the offer is partly on-site in %{city}',
    sameCity: 'Lives in %{city}',
    otherCity: 'Lives in %{candidateCity}; the offer is in %{city}',
    otherCountry: 'Lives in %{candidateCountry}; the offer is in %{city} (%{country})',
    payInRange: 'Expects %{amount} %{period}, within the range',
    payAboveRange: 'Expects %{amount} %{period}, %{percent}% above the range',
    contractMatches: 'Open to this contract (%{contractType})',
    contractMismatch: 'Looks for %{wanted}; the offer is %{contractType}',
    availableNow: 'Available now',
    availableIn: 'Available in %{smart_count} week |||| Available in %{smart_count} weeks',
  },
  period: { year: 'a year', day: 'a day' },
  score: 'Match score: %{score} out of 100',
  rank: 'No. %{rank}',
  matched_skills: 'Skills matched',
  missing_skills: 'Skills missing',
  reasons_label: 'Why this rank',
  positive: 'In favour',
  negative: 'Against',
  masked: 'Contact masked',
  masked_hint: 'Contact details stay hidden until your company unlocks this profile.',
  loading: 'Ranking profiles…',
  error: 'The matches could not be loaded.',
  show_more: 'Show more',
  count: 'Top %{shown} of %{total} ranked',
  best_matches: {
    title: 'Best matches for this offer',
    empty: 'No candidate matches this offer yet.',
  },
  matching_offers: {
    tab: 'Matching offers',
    title: 'Offers matching this profile',
    empty: 'No published offer matches this profile.',
  },
  invite: {
    confirm_title: 'Invite %{name} and unlock their contact?',
    confirm:
      "This profile's contact details are masked: inviting unlocks them for your company and spends one CV credit (%{smart_count} left). Once unlocked, the profile stays unlocked for everyone in your company.",
    button_paid: 'Invite to apply (1 CV credit)',
    done_paid:
      '%{name} is invited: the application is in the "New" column of the pipeline. Their contact is unlocked (1 CV credit).',
    credits_left:
      'The contact is masked: inviting unlocks it. %{smart_count} CV credit left |||| The contact is masked: inviting unlocks it. %{smart_count} CV credits left',
    no_credit:
      'No CV credit left: inviting a masked profile unlocks it and needs one. Ask your account manager for more.',
    button: 'Invite to apply',
    invited: 'Invited',
    applied: 'Already applied',
    done: '%{name} is invited: the application is in the "New" column of the pipeline.',
    duplicate: '%{name} already has an application to this offer: no second invitation was sent.',
    failed: 'The invitation could not be sent: %{message}',
  },
};
