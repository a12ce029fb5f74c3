/**
 * A list filter on a whole-number field (years of experience, a salary): the API refuses a decimal
 * there with a 400, which would come back as a notification away from the field. Checked in the
 * filter form instead, so the message shows under the field, what was typed stays, and the filter
 * form sends nothing while it is wrong. A react-admin input validator; the message is an i18n key.
 */
export const wholeNumberFilter = (value: unknown): string | undefined =>
  value === null || value === undefined || value === '' || Number.isInteger(value)
    ? undefined
    : 'app.filters.whole_number';
