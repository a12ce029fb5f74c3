import { conflictEn } from '../common/conflict/i18n.en';
import { sessionEn } from '../common/session/i18n.en';

/**
 * The English the app needs before anyone signs in (the login page, the shell, the errors of any
 * call): loaded with the app. The signed-in screens' strings are in en.screens.ts, loaded with
 * sign-in (src/providers/i18nProvider.ts).
 */
export const shellEn = {
  app: {
    title: 'Turnover IT back-office',
    /** A label and its value, as a sentence writes them (French puts a non-breaking space before the colon). */
    labelled: '%{label}: %{value}',
    menu: {
      dashboard: 'Dashboard',
      pipeline: 'Pipeline',
      audit_log: 'Audit log',
    },
    roles: {
      recruiter: 'Recruiter',
      sales: 'Sales',
      support: 'Support',
      admin: 'Administrator',
    },
    login: {
      title: 'Sign in to the back-office',
      email: 'Email',
      password: 'Password',
      submit: 'Sign in',
      wrong_credentials: 'Wrong email or password.',
      locked_out:
        'Too many failed attempts. Try again in %{smart_count} minute |||| Too many failed attempts. Try again in %{smart_count} minutes',
      account_locked: 'This account is locked. Contact support.',
      demo_accounts: 'Demo accounts (password "demo"), click to fill in:',
    },
    user_menu: {
      label: 'Profile: %{name}',
      language: 'Language',
      language_saved: 'Language saved',
      theme_light: 'Light theme',
      theme_dark: 'Dark theme',
    },
    demo: {
      reset: 'Reset demo data',
      reset_confirm_title: 'Reset the demo data?',
      reset_confirm: 'Every change made in this browser will be lost.',
      journal_discarded: 'Your saved demo changes could not be restored and were reset.',
    },
    pages: {
      not_found_title: 'Page not found',
      not_found: 'This page does not exist, or you are not allowed to see it.',
      forbidden_title: 'Not allowed',
      forbidden: 'Your role does not allow you to see this page.',
      back_home: 'Back to the dashboard',
    },
    errors: {
      network: 'The server cannot be reached. Check your connection and try again.',
      retry_after: 'Try again in %{smart_count} minute. |||| Try again in %{smart_count} minutes.',
      rate_limited_retrying:
        'Too many requests in a short time: trying again by itself in %{smart_count} second. |||| Too many requests in a short time: trying again by itself in %{smart_count} seconds.',
      rate_limited_seconds:
        'Too many requests in a short time: wait %{smart_count} second before trying again. |||| Too many requests in a short time: wait %{smart_count} seconds before trying again.',
      rate_limited_minutes:
        'Too many requests in a short time: wait %{smart_count} minute before trying again. |||| Too many requests in a short time: wait %{smart_count} minutes before trying again.',
      conflict: 'This record was changed by someone else in the meantime.',
      server: 'The server answered with an error (%{status}).',
    },
    conflict: conflictEn,
    session: sessionEn,
  },
  // react-admin's words we change: French "Éditer" is an anglicism, "Modifier" is what users expect.
  ra: {
    action: { edit: 'Edit' },
    // react-admin's own words, restated so that French can set its colons (fr.ts).
    navigation: { page_rows_per_page: 'Rows per page:' },
    message: { placeholder_data_warning: 'Network issue: Data refresh failed.' },
  },
};
