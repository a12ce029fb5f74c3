/** `app.gdpr.*`: personal data export, anonymisation and the retention view. */
export const gdprEn = {
  export: 'Export personal data',
  exported: 'Personal data exported',
  anonymise: 'Anonymise',
  anonymise_title: 'Anonymise %{name}?',
  anonymise_explanation:
    'Every personal field of this person is replaced, everywhere, for good. Applications are kept, without the person, for the statistics.',
  type_name: 'Type "%{name}" to confirm',
  anonymised: 'Candidate anonymised',
  retention_title: 'Retention: no activity for 24 months',
  retention_empty: 'No candidate is past the retention period.',
  retention_menu: 'Data retention',
  retention_explanation:
    'Candidates with no activity for %{smart_count} months. Personal data should not be kept longer: anonymise them (applications stay, without the person, for the statistics).',
  bulk_confirm_title: 'Anonymise %{smart_count} candidate? |||| Anonymise %{smart_count} candidates?',
  bulk_confirm_content:
    'The personal fields of the selected candidate are replaced everywhere, for good. This cannot be undone. |||| The personal fields of the %{smart_count} selected candidates are replaced everywhere, for good. This cannot be undone.',
  anonymise_selected: 'Anonymise selected',
  bulk_done: '%{smart_count} candidate anonymised |||| %{smart_count} candidates anonymised',
};
