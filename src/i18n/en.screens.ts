import { applicationsEn } from '../applications/i18n.en';
import { auditLogsEn } from '../audit-logs/i18n.en';
import { candidatesEn } from '../candidates/i18n.en';
import { richTextEn } from '../common/i18n.en';
import { companiesEn } from '../companies/i18n.en';
import { creditLedgerEn } from '../credit-ledger/i18n.en';
import { feedImportsEn } from '../feeds/i18n.en';
import { gdprEn } from '../gdpr/i18n.en';
import { interviewsEn, messageTemplatesEn, scorecardsEn, tasksEn } from '../interviews/i18n.en';
import { matchingEn } from '../matching/i18n.en';
import { boardsEn, offerPublicationsEn } from '../moderation/i18n.en';
import { offersEn } from '../offers/i18n.en';
import { pipelineEn } from '../pipeline/i18n.en';
import { scrapingEn } from '../scraping/i18n.en';
import { usersEn } from '../users/i18n.en';

/**
 * The English of the signed-in screens: the dashboards, the pipeline, the resources' pages. Not
 * needed by the login page, so it loads with sign-in rather than with the app (the first download
 * stays small).
 */
export const screensEn = {
  app: {
    // Where a candidate or an application came from: one set of words for every screen.
    sources: {
      'free-work': 'Free-Work',
      linkedin: 'LinkedIn',
      referral: 'Referral',
      'job-board': 'Job board',
      sourcing: 'Sourcing',
      import: 'Import',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      signed_in_as: 'You are signed in as: %{role}',
      period: 'Period',
      presets: {
        '7d': 'Last 7 days',
        '30d': 'Last 30 days',
        quarter: 'Last quarter (90 days)',
        year: 'Last year (365 days)',
        custom: 'Custom dates',
      },
      from: 'From',
      to: 'To',
      country: 'Market',
      countries: { all: 'All markets', FR: 'France', GB: 'United Kingdom' },
      loading: 'Loading',
      error: 'These figures could not be loaded.',
      empty: 'Nothing for this period yet.',
      show_table: 'Show as table',
      show_chart: 'Show as chart',
      download_csv_of: 'Download the numbers of "%{title}" as CSV',
      chart_of: 'Chart: %{title}. Use "Show as table" to read its numbers.',
      more: '%{smart_count} more |||| %{smart_count} more',
      kpis: {
        offersPublished: 'Offers published',
        activeAccounts: 'Active accounts',
        applications: 'Applications',
        hires: 'Hires',
        mrr_eur: 'MRR (EUR)',
        mrr_gbp: 'MRR (GBP)',
      },
      trend: {
        up: 'Up %{change} vs previous period (%{previous})',
        down: 'Down %{change} vs previous period (%{previous})',
        flat: 'Unchanged vs previous period (%{previous})',
      },
      charts: {
        offers: 'Offers published and closed',
        funnel: 'Applications funnel',
        rejections: 'Rejections by reason',
        time_to_hire: 'Time to hire',
        stage_time: 'Median time in each stage',
        sources: 'Applications by source',
        plan_mix: 'Plan mix',
        mrr: 'Monthly recurring revenue',
        boards: 'Job boards',
        board_markets: 'Job boards by market',
        moderation: 'Moderation: top rejection reasons',
      },
      funnel_cohort:
        '%{total} applications in the period, %{finished} finished (hired, rejected or withdrawn), %{open} still open. Conversion is computed on the finished ones.',
      time_to_hire_summary: '%{hires} hires; median %{median}, 75th percentile %{p75}.',
      mrr_span: 'Month-end MRR, %{from} to %{to}',
      board_figures:
        'Live: offers on the board today. Applications and conversion (views to applications): offers submitted in the period.',
      moderation_queue:
        '%{smart_count} offer waits for review, for %{oldest}. |||| %{smart_count} offers wait for review, the oldest for %{oldest}.',
      moderation_queue_empty: 'No offer waits for review.',
      moderation_decisions:
        'Support decided %{decisions} in the period, a median %{median} after submission.',
      bucket: { day: 'Day', week: 'Week starting', month: 'Month starting' },
      series: {
        published: 'Published',
        average7: 'Published, 7-day average',
        closed: 'Closed',
        stage: 'Stage',
        reached: 'Reached (all)',
        finished_reached: 'Reached (finished cohort)',
        conversion: 'Conversion from previous stage (%)',
        days_to_hire: 'Days to hire',
        hires: 'Hires',
        median_days: 'Median days',
        source: 'Source',
        applications: 'Applications',
        hire_rate: 'Hire rate (%)',
        rejection_reason: 'Reason',
        rejections: 'Rejections',
        plan: 'Plan',
        accounts: 'Accounts',
        month: 'Month',
        mrr_eur: 'MRR (EUR)',
        mrr_gbp: 'MRR (GBP)',
        board: 'Board',
        market: 'Market',
        live: 'Live offers',
        view_conversion: 'Views to applications (%)',
      },
      health: {
        title: 'Account health',
        subtitle:
          'Scores out of 100 as of today, five components of 20 points each; open a row for its details.',
        search: 'Find an account',
        at_risk_only: 'At risk only',
        company: 'Account',
        plan: 'Plan',
        score: 'Score',
        trend: 'Change over 30 days',
        at_risk: 'At risk',
        score_value: '%{score} / 100',
        points: '%{points} / 20',
        trend_up: 'Up %{points} points from %{previous}',
        trend_down: 'Down %{points} points from %{previous}',
        trend_flat: 'Unchanged from %{previous}',
        components: {
          recruiters: 'Active recruiters',
          offers: 'Offers published',
          credits: 'CV credits',
          renewal: 'Renewal',
          breadth: 'Features used',
        },
        recruiters_value: '%{active} of %{total} signed in within 30 days',
        offers_value: '%{smart_count} offer in 30 days |||| %{smart_count} offers in 30 days',
        credits_value: '%{left} left, about %{days} days at the pace of the last 30 days',
        credits_unused: '%{left} left, none used in 30 days',
        credits_out: 'Out of CV credits',
        renewal_value: 'Renews in %{smart_count} day |||| Renews in %{smart_count} days',
        renewal_overdue: 'Renewal overdue by %{smart_count} day |||| Renewal overdue by %{smart_count} days',
        renewal_none: 'No renewal date',
        breadth_value: '%{count} of 4 used in 30 days: %{features}',
        features: {
          offers: 'offers',
          unlocks: 'CV unlocks',
          pipeline: 'pipeline moves',
          'saved-views': 'saved searches',
        },
        reasons: {
          falling: 'score falling',
          renewal: 'renewal within 30 days',
          'out-of-credits': 'out of credits',
        },
        show_details: 'Show the details of %{name}',
        hide_details: 'Hide the details of %{name}',
        details_column: 'Details',
        company_page: 'Health score',
        company_page_none: 'Not scored: churned accounts have no health score.',
      },
      recruiter: {
        attention: 'Offers needing attention',
        interviews: 'Upcoming interviews (7 days)',
        activity: 'Recent activity',
        reasons: {
          expiring: 'Expires on %{date}',
          'no-applicants': 'No applicant since %{published}',
          paused: 'Paused',
        },
      },
      activity_types: {
        note: 'Note',
        call: 'Call',
        email: 'Email',
        interview: 'Interview',
        stage_change: 'Moved from %{from} to %{to}',
      },
      offer_health: {
        title: 'Offer health',
        subtitle: '%{smart_count} offer published in 30 days |||| %{smart_count} offers published in 30 days',
        offer: 'Offer',
        views: 'Views',
        applications: 'Applications',
        conversion: 'Conversion',
        percentile: 'Against similar offers',
        hint: 'Hint',
        no_peers: 'No similar offer',
        lagging: 'Lagging: better than %{percentile}% of %{peers}',
        ahead: 'Better than %{percentile}% of %{peers}',
        hints: {
          'no-salary': 'Show the salary',
          'short-description': 'Write a longer description',
          expiring: 'Expires soon: extend it',
        },
      },
      support: {
        attention: 'Accounts needing attention',
        attention_total: '%{smart_count} account |||| %{smart_count} accounts',
        audit: 'Recent audit events',
        all_audit: 'Open the audit log',
        reasons: {
          'out-of-credits': 'out of credits',
          suspended: 'suspended',
          'locked-users': '%{smart_count} locked user |||| %{smart_count} locked users',
        },
      },
    },
    pipeline: pipelineEn,
    fields: {
      open_link: 'Open link',
    },
    filters: {
      whole_number: 'Enter a whole number (no decimals)',
      number_too_large: 'Enter a smaller number: this one is too large to search on',
    },
    export: {
      button: 'Export all',
      title: 'Exporting %{name}',
      progress: '%{rows} of %{total} rows',
      scope: {
        candidates: {
          title: 'What this export holds',
          some: '%{exported} of the %{total} candidates of this list will be exported: the profiles your company sees in full (they applied to your offers, or you unlocked them). The other %{left_out} are database profiles whose contact details are masked: they are not exported to recruiters. Unlock a profile to include it.',
          none: 'None of the %{total} candidates of this list can be exported: they are database profiles whose contact details are masked, and those are not exported to recruiters. Unlock a profile, or filter on applicants to your offers.',
          confirm: 'Export %{exported} candidate |||| Export %{exported} candidates',
        },
      },
    },
    gdpr: gdprEn,
    scraping: scrapingEn,
  },
  ra: { tiptap: richTextEn },
  matching: matchingEn,
  resources: {
    companies: companiesEn,
    users: usersEn,
    offers: offersEn,
    candidates: candidatesEn,
    applications: applicationsEn,
    activities: {
      name: 'Activity |||| Activities',
      fields: { id: 'Id', type: 'Type', candidateId: 'Candidate', createdAt: 'Date' },
    },
    interviews: interviewsEn,
    scorecards: scorecardsEn,
    tasks: tasksEn,
    'message-templates': messageTemplatesEn,
    'saved-views': {
      name: 'Saved view |||| Saved views',
      fields: { id: 'Id', name: 'Name', resource: 'List', sharedWithTeam: 'Shared with the team' },
    },
    'credit-ledger': creditLedgerEn,
    'audit-logs': auditLogsEn,
    boards: boardsEn,
    'offer-publications': offerPublicationsEn,
    'feed-imports': feedImportsEn,
  },
};
