/** `app.scraping.*`: the scraping watch (support, admin). */
export const scrapingEn = {
  menu: 'Scraping watch',
  title: 'Scraping watch',
  explanation:
    'Each recruiter’s reading of the candidate database over the last 30 days, against their own usual days and the recruiters of companies on the same plan. A score of 50 or more is flagged; each reason gives its figure. Open a row for the chart and the actions.',
  flagged: 'Flagged',
  fields: {
    name: 'User',
    company: 'Company',
    score: 'Risk score',
    profile_views: 'Profile views (busiest of today and yesterday)',
    reasons: 'Reasons',
    status: 'Status',
  },
  panel: '%{email} · %{company} (%{plan} plan)',
  chart_alt:
    'Profile views per day of %{name} over 30 days: at most %{busiest} a day, %{today} today; peers’ 99th percentile today: %{p99}.',
  chart_legend:
    'Solid line: the user’s profile views per day. Shaded band, dashed edge: the peers of the same plan, from the median to the 99th percentile.',
  reason: 'Reason (kept in the audit log)',
  quota: {
    button: 'Lower the quota',
    title: 'Lower the quotas of %{name}',
    explanation:
      'From the next request on, for the number of days chosen, this user may read at most this many new database profiles a day.',
    daily_profiles: 'New database profiles a day',
    days: 'For how many days',
    confirm: 'Lower the quota',
    done: 'Quota lowered',
    lowered: 'Quota: %{count} a day',
  },
  lock: {
    button: 'Lock the user',
    title: 'Lock %{name}?',
    explanation: 'The user is signed out at once and can no longer sign in until unlocked.',
    confirm: 'Lock',
    done: 'User locked',
  },
  warn: {
    button: 'Warn the company',
    title: 'Warn the contact of %{company}',
    explanation:
      'An email goes to the company’s contact person saying that the reading of %{name} looks like harvesting, with your reason.',
    confirm: 'Send the warning',
    done: 'Company warned',
  },
  card_title: 'Possible scraping',
  card_total: '%{smart_count} flagged user |||| %{smart_count} flagged users',
  card_score: 'score %{score}',
  open: 'Open the scraping watch',
  tabs: { label: 'Watch by', users: 'Users', companies: 'Companies' },
  company: {
    explanation:
      'Each company’s reading of the candidate database, all its users together, over the last 30 days, against its own usual days and the companies on the same plan: a harvest split between several accounts, each under a user’s line, shows here. A score of 50 or more is flagged. Open a row for its users, the chart and the actions.',
    fields: {
      name: 'Company',
      plan: 'Plan',
      profile_views: 'Profile views, all users (busiest of today and yesterday)',
      readers: 'Users reading',
    },
    users: 'Its recruiters',
    user_line: '%{name} (%{email}): score %{score}, %{views} profile views',
    chart_alt:
      'Profile views per day of %{name}, all users together, over 30 days: at most %{busiest} a day, %{today} today; 99th percentile of the plan’s companies today: %{p99}.',
    chart_legend:
      'Solid line: the company’s profile views per day, all its users. Shaded band, dashed edge: the companies of the same plan, from the median to the 99th percentile.',
    quota_button: 'Lower the quotas of all its users',
    quota_title: 'Lower the quotas of every recruiter of %{company}',
    quota_explanation:
      'From the next request on, for the number of days chosen, each recruiter of this company may read at most this many new database profiles a day.',
    quota_done: 'Quotas of the company’s users lowered',
    warn_explanation:
      'An email goes to the company’s contact person saying that the reading of its accounts together looks like harvesting, with your reason.',
  },
  card_companies: '%{smart_count} flagged company |||| %{smart_count} flagged companies',
};
