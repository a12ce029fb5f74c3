/**
 * Every message the API words, in English and French: one key per message, `{name}` for its
 * parameters (the same in both languages; tests/api/messages.test.ts walks the catalog). Domain
 * rules name a key and its parameters (see translate.ts); the route wrapper words it in the
 * caller's language (Accept-Language), as API Platform does with its validation messages.
 */
export const MESSAGES = {
  // The HTTP layer
  body_too_large: { en: 'Request body too large', fr: 'Corps de la requête trop volumineux' },
  malformed_json_body: { en: 'Malformed JSON body', fr: 'Corps JSON mal formé' },
  body_not_object: {
    en: 'The request body must be a JSON object',
    fr: 'Le corps de la requête doit être un objet JSON',
  },
  unsupported_media_type: {
    en: 'The request body must be JSON (Content-Type: application/json or application/merge-patch+json)',
    fr: 'Le corps de la requête doit être du JSON (Content-Type : application/json ou application/merge-patch+json)',
  },
  body_too_deep: {
    en: 'Request body nested deeper than {max} levels',
    fr: 'Corps de la requête imbriqué sur plus de {max} niveaux',
  },
  internal_error: { en: 'Internal error', fr: 'Erreur interne' },
  unknown_route: { en: 'Unknown API route', fr: 'Route d’API inconnue' },
  unknown_resource: { en: 'Unknown resource "{resource}"', fr: 'Ressource « {resource} » inconnue' },
  record_not_found: { en: '{resource} {id} not found', fr: '{resource} {id} introuvable' },
  company_not_found: { en: 'Company {id} not found', fr: 'Entreprise {id} introuvable' },
  read_only: { en: '{resource} is read-only', fr: '{resource} est en lecture seule' },

  // Authentication and rate limits
  credentials_required: {
    en: 'Email and password are required',
    fr: 'L’e-mail et le mot de passe sont obligatoires',
  },
  invalid_credentials: { en: 'Invalid email or password', fr: 'E-mail ou mot de passe incorrect' },
  account_locked: { en: 'account locked', fr: 'compte verrouillé' },
  account_not_activated: { en: 'account not activated', fr: 'compte non activé' },
  auth_required: { en: 'Authentication required', fr: 'Authentification requise' },
  session_invalid: { en: 'Invalid or ended session', fr: 'Session invalide ou terminée' },
  session_expired: { en: 'Session expired', fr: 'Session expirée' },
  too_many_requests: {
    en: 'Too many requests: wait before searching again',
    fr: 'Trop de requêtes : patientez avant de relancer une recherche',
  },
  too_many_requests_company: {
    en: 'Too many requests from your company: wait before searching again',
    fr: 'Trop de requêtes de votre entreprise : patientez avant de relancer une recherche',
  },
  daily_profiles_reached: {
    en: 'Daily allowance of {limit} database profiles reached: it renews at midnight UTC',
    fr: 'Quota quotidien de {limit} profils de la base atteint : il se renouvelle à minuit UTC',
  },
  company_daily_profiles_reached: {
    en: 'Your company’s daily allowance of {limit} database profiles is reached: it renews at midnight UTC',
    fr: 'Le quota quotidien de {limit} profils de la base de votre entreprise est atteint : il se renouvelle à minuit UTC',
  },
  too_many_logins: {
    en: 'Too many failed logins: try again later',
    fr: 'Trop de connexions échouées : réessayez plus tard',
  },
  too_many_logins_client: {
    en: 'Too many failed logins from this network address: try again later',
    fr: 'Trop de connexions échouées depuis cette adresse réseau : réessayez plus tard',
  },
  locale_choice: { en: 'must be "fr" or "en"', fr: 'doit être « fr » ou « en »' },

  // List parameters
  query_too_deep: {
    en: 'The "{param}" parameter is nested deeper than {max} levels',
    fr: 'Le paramètre « {param} » est imbriqué sur plus de {max} niveaux',
  },
  query_malformed_json: {
    en: 'Malformed JSON in the "{param}" parameter',
    fr: 'JSON mal formé dans le paramètre « {param} »',
  },
  filter_not_object: {
    en: 'The "filter" parameter must be a JSON object',
    fr: 'Le paramètre « filter » doit être un objet JSON',
  },
  filter_invalid_value: {
    en: 'Invalid value for "{key}" in the "filter" parameter',
    fr: 'Valeur invalide pour « {key} » dans le paramètre « filter »',
  },
  filter_operator: {
    en: 'Operator not supported for "{key}" in the "filter" parameter',
    fr: 'Opérateur non pris en charge pour « {key} » dans le paramètre « filter »',
  },
  filter_too_many_values: {
    en: 'Too many values for "{key}" in the "filter" parameter',
    fr: 'Trop de valeurs pour « {key} » dans le paramètre « filter »',
  },
  filter_invalid_q: {
    en: 'Invalid "q" in the "filter" parameter',
    fr: '« q » invalide dans le paramètre « filter »',
  },
  filter_unknown_field: {
    en: 'Unknown filter field "{key}" in the "filter" parameter',
    fr: 'Champ de filtre « {key} » inconnu dans le paramètre « filter »',
  },
  filter_masked_field: {
    en: 'Cannot filter on "{key}" in the "filter" parameter: it is hidden on some of the profiles you read',
    fr: 'Filtre sur « {key} » impossible dans le paramètre « filter » : ce champ est masqué sur une partie des profils que vous consultez',
  },
  range_shape: {
    en: 'The "range" parameter must be [start, end] with two integers',
    fr: 'Le paramètre « range » doit être [début, fin] avec deux entiers',
  },
  range_inverted: {
    en: 'The "range" parameter must be non-negative and not inverted',
    fr: 'Le paramètre « range » doit être positif et dans l’ordre',
  },
  range_too_large: {
    en: 'The "range" parameter asks for more than {max} rows',
    fr: 'Le paramètre « range » demande plus de {max} lignes',
  },
  sort_shape: {
    en: 'The "sort" parameter must be ["field", "ASC" | "DESC"]',
    fr: 'Le paramètre « sort » doit être ["champ", "ASC" | "DESC"]',
  },
  sort_unknown_field: {
    en: 'Unknown sort field "{field}" in the "sort" parameter',
    fr: 'Champ de tri « {field} » inconnu dans le paramètre « sort »',
  },
  sort_masked_field: {
    en: 'Cannot sort on "{field}" in the "sort" parameter: it is hidden on some of the profiles you read',
    fr: 'Tri sur « {field} » impossible dans le paramètre « sort » : ce champ est masqué sur une partie des profils que vous consultez',
  },
  param_unknown: {
    en: '{param}: unknown parameter (expected {expected})',
    fr: '{param} : paramètre inconnu (attendus : {expected})',
  },
  param_date: { en: '{param}: expected a date YYYY-MM-DD', fr: '{param} : date AAAA-MM-JJ attendue' },
  param_positive_integer: {
    en: '{param}: expected a positive integer',
    fr: '{param} : entier positif attendu',
  },
  param_id: { en: '{param}: expected an id', fr: '{param} : identifiant attendu' },
  param_time_zone: { en: 'tz: unknown time zone "{tz}"', fr: 'tz : fuseau horaire « {tz} » inconnu' },
  param_months: {
    en: 'months: a whole number from 1 to {max}',
    fr: 'months : un nombre entier de 1 à {max}',
  },
  stats_unknown: {
    en: 'name: unknown statistic "{name}" (expected {expected})',
    fr: 'name : statistique « {name} » inconnue (attendues : {expected})',
  },
  stats_role: {
    en: 'Statistic "{name}" is not available to {role}',
    fr: 'La statistique « {name} » n’est pas disponible pour le rôle {role}',
  },
  stats_from_after_to: { en: 'from: must not be after to', fr: 'from : ne doit pas être après to' },
  stats_range_too_long: {
    en: 'to: the range may not exceed 3 years ({days} days)',
    fr: 'to : la période ne peut dépasser 3 ans ({days} jours)',
  },
  stats_country: { en: 'country: expected FR or GB', fr: 'country : FR ou GB attendu' },
  stats_company_required: {
    en: 'companyId: required for "{name}"',
    fr: 'companyId : obligatoire pour « {name} »',
  },
  no_company: { en: 'No company', fr: 'Aucune entreprise' },
  usage_scope_required: {
    en: 'Give exactly one of the parameters userId and companyId',
    fr: 'Indiquez exactement un des paramètres userId et companyId',
  },
  usage_granularity: {
    en: 'granularity: expected "hour" or "day"',
    fr: 'granularity : « hour » ou « day » attendu',
  },
  usage_range_too_long: {
    en: 'to: the period may not exceed {days} days at this granularity',
    fr: 'to : la période ne peut dépasser {days} jours à cette granularité',
  },

  // Field values (checkField)
  required: { en: 'required', fr: 'obligatoire' },
  not_empty: { en: 'must not be empty', fr: 'ne doit pas être vide' },
  visible_text: {
    en: 'must show something: spaces and invisible characters alone are not a name',
    fr: 'doit montrer quelque chose\u00A0: des espaces et des caractères invisibles seuls ne font pas un nom',
  },
  max_chars: { en: 'at most {max} characters', fr: '{max} caractères au plus' },
  min_chars: { en: 'at least {min} characters', fr: 'au moins {min} caractères' },
  text: { en: 'must be text', fr: 'doit être du texte' },
  email: { en: 'invalid email', fr: 'adresse e-mail invalide' },
  phone: { en: 'invalid phone number (+33 / +44)', fr: 'numéro de téléphone invalide (+33 / +44)' },
  url: { en: 'must be an http, https or mailto URL', fr: 'doit être une URL http, https ou mailto' },
  date: { en: 'must be a date (YYYY-MM-DD)', fr: 'doit être une date (AAAA-MM-JJ)' },
  datetime: { en: 'must be an ISO date-time', fr: 'doit être une date et heure ISO' },
  no_such_date: { en: 'no such date in the calendar', fr: 'cette date n’existe pas dans le calendrier' },
  control_characters: {
    en: 'must not contain control characters',
    fr: 'ne doit pas contenir de caractères de contrôle',
  },
  one_line: {
    en: 'must fit on one line (no tab or line break)',
    fr: 'doit tenir sur une ligne (sans tabulation ni retour à la ligne)',
  },
  reserved_name: { en: 'reserved name, not a field', fr: 'nom réservé, ce n’est pas un champ' },
  id: { en: 'must be an id', fr: 'doit être un identifiant' },
  number: { en: 'must be a number', fr: 'doit être un nombre' },
  finite_number: {
    en: 'must be a finite number (this one is too large to store)',
    fr: 'doit être un nombre fini (celui-ci est trop grand pour être enregistré)',
  },
  whole_number: { en: 'must be a whole number', fr: 'doit être un nombre entier' },
  integer: { en: 'must be an integer', fr: 'doit être un entier' },
  integer_too_large: {
    en: 'must be an integer of at most 9007199254740991 (2^53 - 1)',
    fr: 'doit être un entier d’au plus 9007199254740991 (2^53 - 1)',
  },
  min_value: { en: 'must be at least {min}', fr: 'doit valoir au moins {min}' },
  max_value: { en: 'must be at most {max}', fr: 'doit valoir au plus {max}' },
  boolean: { en: 'must be true or false', fr: 'doit être vrai ou faux' },
  one_of: { en: 'must be one of {values}', fr: 'doit être l’une des valeurs {values}' },
  list: { en: 'must be a list', fr: 'doit être une liste' },
  max_items: { en: 'at most {max} items', fr: '{max} éléments au plus' },
  items_among: { en: 'items must be among {values}', fr: 'les éléments doivent être parmi {values}' },
  invalid_item: { en: 'invalid item', fr: 'élément invalide' },
  object: { en: 'must be an object', fr: 'doit être un objet' },
  too_large: { en: 'too large', fr: 'trop volumineux' },
  invalid: { en: 'invalid', fr: 'invalide' },
  unknown: { en: 'unknown', fr: 'inconnu' },
  unknown_ids: { en: 'unknown: {ids}', fr: 'inconnus : {ids}' },
  reference_disagrees: { en: 'does not match {field}', fr: 'ne correspond pas à {field}' },
  candidate_anonymised: { en: 'this candidate was anonymised', fr: 'ce candidat a été anonymisé' },
  not_allowed: { en: 'not allowed', fr: 'non autorisé' },
  invalid_data: { en: 'Invalid data: {fields}', fr: 'Données invalides : {fields}' },
  address: {
    en: 'must be an address (street, postcode, city, country)',
    fr: 'doit être une adresse (rue, code postal, ville, pays)',
  },
  unknown_field: { en: 'unknown field', fr: 'champ inconnu' },
  postcode: { en: 'invalid postcode', fr: 'code postal invalide' },
  postcode_fr: {
    en: 'must be 5 digits for a French address',
    fr: 'doit compter 5 chiffres pour une adresse en France',
  },
  postcode_gb: {
    en: 'must be a UK postcode (e.g. SW1A 1AA)',
    fr: 'doit être un code postal britannique (par ex. SW1A 1AA)',
  },

  // Business rules of records
  salary_min_over_max: {
    en: 'must not exceed the maximum salary',
    fr: 'ne doit pas dépasser le salaire maximum',
  },
  salary_spread: {
    en: 'the salary range may span at most {spread}',
    fr: 'la fourchette de salaire ne peut dépasser {spread}',
  },
  daily_rate_min_over_max: {
    en: 'must not exceed the maximum daily rate',
    fr: 'ne doit pas dépasser le TJM maximum',
  },
  daily_rate_spread: {
    en: 'the daily rate range may span at most {spread}',
    fr: 'la fourchette de TJM ne peut dépasser {spread}',
  },
  currency_of_country: { en: 'must be {currency} for {country}', fr: 'doit être {currency} pour {country}' },
  freelance_daily_rate: {
    en: 'freelance offers use a daily rate',
    fr: 'une offre freelance indique un TJM',
  },
  daily_rate_freelance_only: {
    en: 'only freelance offers use a daily rate',
    fr: 'seules les offres freelance indiquent un TJM',
  },
  ir35_required: {
    en: 'required for UK freelance offers',
    fr: 'obligatoire pour une offre freelance au Royaume-Uni',
  },
  ir35_uk_freelance_only: {
    en: 'only for UK freelance offers',
    fr: 'seulement pour une offre freelance au Royaume-Uni',
  },
  offer_transition: {
    en: 'an offer cannot go from {from} to {to}',
    fr: 'une offre ne peut pas passer de l’état « {from} » à « {to} »',
  },
  // START_STATUSES of src/model/offer-workflow.ts.
  offer_start_status: {
    en: 'a new offer is a draft or published at once, not {status}',
    fr: 'une nouvelle offre est un brouillon ou publiée d’emblée, pas « {status} »',
  },
  offer_status_draft: { en: 'draft', fr: 'brouillon' },
  offer_status_published: { en: 'published', fr: 'publiée' },
  offer_status_paused: { en: 'paused', fr: 'en pause' },
  offer_status_closed: { en: 'closed', fr: 'fermée' },
  offer_status_expired: { en: 'expired', fr: 'expirée' },
  published_description: {
    en: 'a published offer needs 500 to 3,000 characters',
    fr: 'une offre publiée compte de 500 à 3 000 caractères',
  },
  published_skills: { en: 'a published offer needs skills', fr: 'une offre publiée indique des compétences' },
  published_pay: {
    en: 'a published offer states its pay range',
    fr: 'une offre publiée indique sa rémunération',
  },
  published_expiry: {
    en: 'a published offer needs a future expiry date',
    fr: 'une offre publiée a une date d’expiration future',
  },
  no_job_slot: { en: 'No job slot left', fr: 'Plus aucune annonce disponible' },
  no_job_slot_detail: {
    en: 'No job slot left: ask support or upgrade the plan to publish',
    fr: 'Plus aucune annonce disponible : contactez le support ou changez d’offre pour publier',
  },
  recruiter_of_company: {
    en: 'must be a recruiter of the company',
    fr: 'doit être un recruteur de l’entreprise',
  },
  already_applied: { en: 'already applied to this offer', fr: 'a déjà postulé à cette offre' },
  suspension_reason: {
    en: 'a reason is required when suspending',
    fr: 'une raison est obligatoire pour suspendre',
  },
  salary_or_daily_rate: {
    en: 'state either a salary or a daily rate, not both',
    fr: 'indiquez un salaire ou un TJM, pas les deux',
  },
  recruiter_company: { en: 'required for a recruiter', fr: 'obligatoire pour un recruteur' },
  staff_no_company: {
    en: 'only recruiters belong to a company',
    fr: 'seuls les recruteurs appartiennent à une entreprise',
  },
  email_taken: { en: 'already used by another user', fr: 'déjà utilisée par un autre utilisateur' },
  unknown_resource_value: { en: 'unknown resource', fr: 'ressource inconnue' },
  saved_view_resource: {
    en: 'must be a list you may read',
    fr: 'doit être une liste que vous pouvez consulter',
  },
  saved_view_sort: {
    en: 'must hold only a field, sortable on the view’s resource, and an order, ASC or DESC',
    fr: 'ne doit contenir qu’un champ, triable sur la ressource de la vue, et un ordre, ASC ou DESC',
  },

  // Writes and permissions
  version_required: {
    en: "{method} needs the record's version",
    fr: '{method} exige la version de l’enregistrement',
  },
  version_conflict: {
    en: 'This record was changed by someone else: reload it and apply your change again',
    fr: 'Cet enregistrement a été modifié par quelqu’un d’autre : rechargez-le et refaites votre modification',
  },
  not_allowed_action: { en: 'Not allowed: {action} {resource}', fr: 'Non autorisé : {action} {resource}' },
  field_not_allowed: { en: '{field}: not allowed', fr: '{field} : non autorisé' },
  not_allowed_to_change: {
    en: 'Not allowed to change: {fields}',
    fr: 'Modification non autorisée : {fields}',
  },
  staff_role_admin_only: {
    en: 'Only an admin can give a staff role',
    fr: 'Seul un administrateur peut donner un rôle interne',
  },
  staff_role_admin_only_field: {
    en: 'only an admin can give this role',
    fr: 'seul un administrateur peut donner ce rôle',
  },
  grant_admin_admin_only: {
    en: 'Only an admin can grant admin',
    fr: 'Seul un administrateur peut nommer un administrateur',
  },
  own_profile_only: {
    en: 'You can only edit your own profile',
    fr: 'Vous ne pouvez modifier que votre profil',
  },
  support_cannot_change_admin: {
    en: 'Support cannot change an admin',
    fr: 'Le support ne peut pas modifier un administrateur',
  },
  cannot_delete_self: { en: 'You cannot delete yourself', fr: 'Vous ne pouvez pas vous supprimer' },
  scorecard_author_only: {
    en: 'Only the author can change a scorecard',
    fr: 'Seul son auteur peut modifier une évaluation',
  },
  saved_view_owner_only: {
    en: 'Only the owner can change a saved view',
    fr: 'Seul son propriétaire peut modifier une vue enregistrée',
  },
  last_admin_locked: {
    en: 'The last active admin cannot be locked',
    fr: 'Le dernier administrateur actif ne peut pas être verrouillé',
  },
  last_admin_demoted: {
    en: 'The last active admin cannot be demoted',
    fr: 'Le dernier administrateur actif ne peut pas être rétrogradé',
  },
  last_admin_deleted: {
    en: 'The last active admin cannot be deleted',
    fr: 'Le dernier administrateur actif ne peut pas être supprimé',
  },

  // Accounts and credits
  lock_reason: {
    en: 'A reason is required to lock an account',
    fr: 'Une raison est obligatoire pour verrouiller un compte',
  },
  unlock_reason: {
    en: 'A reason is required to unlock an account',
    fr: 'Une raison est obligatoire pour déverrouiller un compte',
  },
  reason_3_to_500: {
    en: 'a reason of 3 to 500 characters is required',
    fr: 'une raison de 3 à 500 caractères est obligatoire',
  },
  cannot_lock_self: {
    en: 'You cannot lock yourself',
    fr: 'Vous ne pouvez pas verrouiller votre propre compte',
  },
  support_cannot_lock_admin: {
    en: 'Support cannot lock an admin',
    fr: 'Le support ne peut pas verrouiller un administrateur',
  },
  support_cannot_unlock_admin: {
    en: 'Support cannot unlock an admin',
    fr: 'Le support ne peut pas déverrouiller un administrateur',
  },
  already_locked: { en: 'This account is already locked', fr: 'Ce compte est déjà verrouillé' },
  not_locked: { en: 'This account is not locked', fr: 'Ce compte n’est pas verrouillé' },
  not_enough_job_slots: {
    en: 'Not enough job slots: balance {balance}',
    fr: 'Pas assez d’annonces disponibles : solde {balance}',
  },
  not_enough_cv_unlocks: {
    en: 'Not enough CV unlock credits: balance {balance}',
    fr: 'Pas assez de crédits de déblocage de CV : solde {balance}',
  },
  balance_below_zero: { en: 'the balance cannot go below 0', fr: 'le solde ne peut pas passer sous 0' },
  invalid_adjustment: { en: 'Invalid credit adjustment', fr: 'Ajustement de crédits invalide' },
  company_changed: {
    en: 'The company changed since you opened the adjustment: check the balance',
    fr: 'L’entreprise a changé depuis l’ouverture de l’ajustement : vérifiez le solde',
  },
  credit_kind: { en: 'must be cvUnlocks or jobSlots', fr: 'doit être cvUnlocks ou jobSlots' },
  non_zero_whole: { en: 'must be a non-zero whole number', fr: 'doit être un nombre entier non nul' },
  reason_required: { en: 'a reason is required', fr: 'une raison est obligatoire' },
  feedback_reason_not_a_fit: {
    en: 'a reason goes with "not a fit" only',
    fr: 'une raison ne va qu’avec « ne convient pas »',
  },
  feedback_anonymised: {
    en: 'an anonymised profile cannot be judged',
    fr: 'un profil anonymisé ne peut pas être évalué',
  },
  match_feedback_not_found: {
    en: 'No feedback on candidate {id} for this offer',
    fr: 'Aucun avis sur le candidat {id} pour cette offre',
  },
  refund_reason: { en: 'A reason is required to refund', fr: 'Une raison est obligatoire pour rembourser' },
  refund_debit_only: { en: 'Only a debit can be refunded', fr: 'Seul un débit peut être remboursé' },
  not_a_debit: { en: 'not a debit', fr: 'n’est pas un débit' },
  already_refunded: { en: 'This movement was already refunded', fr: 'Ce mouvement a déjà été remboursé' },

  // Candidates
  no_cv_credit: {
    en: 'No CV unlock credit left: ask your account manager for more credits',
    fr: 'Plus aucun crédit de déblocage de CV : demandez des crédits à votre chargé de compte',
  },
  already_anonymised: { en: 'This candidate is already anonymised', fr: 'Ce candidat est déjà anonymisé' },
  anonymised_read_only: {
    en: 'This candidate was anonymised: the profile can no longer be edited',
    fr: 'Ce candidat a été anonymisé : son profil ne peut plus être modifié',
  },
  anonymise_ids: {
    en: 'ids: a list of up to 500 candidate ids',
    fr: 'ids : une liste de 500 identifiants de candidats au plus',
  },
  import_rows_required: {
    en: '"rows" must be a non-empty array',
    fr: '« rows » doit être une liste non vide',
  },
  import_too_many_rows: { en: 'At most {max} rows per import', fr: '{max} lignes au plus par import' },
  import_refused: {
    en: 'Nothing imported: {count} invalid row(s)',
    fr: 'Rien n’a été importé\u00A0: {count} ligne(s) invalide(s)',
  },
  import_same_email: { en: 'same email as row {row}', fr: 'même e-mail que la ligne {row}' },
  import_existing: { en: 'already exists (candidate {id})', fr: 'existe déjà (candidat {id})' },
  merge_into_required: { en: 'intoId is required', fr: 'intoId est obligatoire' },
  merge_into_self: {
    en: 'Cannot merge a candidate into itself',
    fr: 'Impossible de fusionner un candidat avec lui-même',
  },
  same_candidate: { en: 'same candidate', fr: 'même candidat' },
  merge_not_allowed: {
    en: 'You can only merge a profile your company added into one you can see in full',
    fr: 'Vous ne pouvez fusionner qu’un profil ajouté par votre entreprise, dans un profil que vous voyez en entier',
  },
  merge_anonymised: {
    en: 'An anonymised candidate cannot be merged',
    fr: 'Un candidat anonymisé ne peut pas être fusionné',
  },

  // Pipeline, interviews, scorecards, message templates
  move_version: { en: 'A move needs the version', fr: 'Un déplacement exige la version' },
  application_moved: {
    en: 'This application was moved or changed by someone else',
    fr: 'Cette candidature a été déplacée ou modifiée par quelqu’un d’autre',
  },
  non_negative_integer: { en: 'must be an integer of 0 or more', fr: 'doit être un entier positif ou nul' },
  interview_clash: {
    en: '{who} already has an interview from {from} to {to}',
    fr: '{who} a déjà un entretien de {from} à {to}',
  },
  scorecard_final: {
    en: 'A submitted scorecard is final',
    fr: 'Une évaluation soumise est définitive',
  },
  not_a_criterion: { en: 'not a criterion of this offer', fr: 'n’est pas un critère de cette offre' },
  rating_range: {
    en: 'must be a whole number from {min} to {max}',
    fr: 'doit être un nombre entier de {min} à {max}',
  },
  required_to_submit: { en: 'required to submit', fr: 'obligatoire pour soumettre' },
  unknown_placeholder: { en: 'Unknown placeholder {list}', fr: 'Variable inconnue {list}' },
  unknown_placeholder_field: { en: 'unknown placeholder {list}', fr: 'variable inconnue {list}' },
  not_interview_of_application: {
    en: 'not an interview of this application',
    fr: 'n’est pas un entretien de cette candidature',
  },
  not_application_of_company: {
    en: 'not an application of the template company',
    fr: 'n’est pas une candidature de l’entreprise du modèle',
  },
  template_needs_interview: {
    en: 'this template needs an interview: schedule one first',
    fr: 'ce modèle a besoin d’un entretien : planifiez-en un d’abord',
  },

  // The scraping watch: reasons, with their figures (mocks/domain/scraping/watch.ts)
  watch_today: { en: 'today', fr: 'aujourd’hui' },
  watch_yesterday: { en: 'yesterday', fr: 'hier' },
  watch_views_above_peers: {
    en: '{views} profile views {when}; peers’ 99th percentile ({plan} plan): {p99}',
    fr: '{views} consultations de profils {when} ; 99e centile des pairs (offre {plan}) : {p99}',
  },
  watch_views_above_own: {
    en: '{views} profile views {when}, {times} times their usual day ({usual})',
    fr: '{views} consultations de profils {when}, {times} fois leur journée habituelle ({usual})',
  },
  watch_sequential_walk: {
    en: '{count} of {views} profile views {when} walked the ids one after another',
    fr: '{count} des {views} consultations de profils {when} ont parcouru les identifiants à la suite',
  },
  watch_deep_paging: {
    en: 'paged down to row {row} of a search {when}',
    fr: 'a parcouru une recherche jusqu’à la ligne {row} {when}',
  },
  watch_off_hours: {
    en: '{count} reads {when} at hours the company never works (UTC: {hours})',
    fr: '{count} lectures {when} à des heures où l’entreprise ne travaille jamais (UTC : {hours})',
  },
  watch_many_sign_ins: {
    en: '{count} sign-ins {when}',
    fr: '{count} connexions {when}',
  },
  watch_no_pipeline_action: {
    en: '{views} profile views {when} and no pipeline action in {days} days',
    fr: '{views} consultations de profils {when} et aucune action de recrutement en {days} jours',
  },
  watch_quota_refusals: {
    en: '{count} requests refused {when} for going over the quotas',
    fr: '{count} requêtes refusées {when} pour dépassement des quotas',
  },
  watch_company_views_above_peers: {
    en: '{views} profile views by the company {when}; 99th percentile of the {plan} plan’s companies: {p99}',
    fr: '{views} consultations de profils par l’entreprise {when} ; 99e centile des entreprises de l’offre {plan} : {p99}',
  },
  watch_company_views_above_own: {
    en: '{views} profile views by the company {when}, {times} times its usual day ({usual})',
    fr: '{views} consultations de profils par l’entreprise {when}, {times} fois sa journée habituelle ({usual})',
  },
  watch_split_harvest: {
    en: '{readers} users read {views} profiles {when} together, more than twice the plan’s companies’ 99th percentile ({p99}), none flagged alone (the largest share: {largest}; a user’s line: {line})',
    fr: '{readers} utilisateurs ont lu {views} profils {when} à eux tous, plus de deux fois le 99e centile des entreprises de l’offre ({p99}), aucun signalé seul (la plus grosse part : {largest} ; seuil d’un utilisateur : {line})',
  },
  watch_flagged_users: {
    en: '{count} of its users flagged: {names}',
    fr: '{count} de ses utilisateurs signalé(s) : {names}',
  },
  watch_company_exports: {
    en: '{count} profiles exported {when}; 99th percentile of the {plan} plan’s companies: {p99}',
    fr: '{count} profils exportés {when} ; 99e centile des entreprises de l’offre {plan} : {p99}',
  },
  watch_company_no_pipeline_action: {
    en: '{views} profile views by the company {when} and no pipeline action by any of its users in {days} days',
    fr: '{views} consultations de profils par l’entreprise {when} et aucune action de recrutement d’aucun de ses utilisateurs en {days} jours',
  },
  watch_sustained_reading: {
    en: '{views} profile views in the last {days} days, more than twice the busiest weeks of peers ({plan} plan, 99th percentile: {p99})',
    fr: '{views} consultations de profils sur les {days} derniers jours, plus de deux fois les semaines les plus chargées des pairs (offre {plan}, 99e centile : {p99})',
  },
  watch_recruiters_only: {
    en: 'Only a recruiter’s quotas can be lowered, or their company warned',
    fr: 'Seuls les quotas d’un recruteur peuvent être abaissés, ou son entreprise avertie',
  },
  quota_daily_profiles: {
    en: 'a whole number from 0 to {max}',
    fr: 'un nombre entier de 0 à {max}',
  },
  quota_calls_per_minute: {
    en: 'a whole number from 1 to {max}',
    fr: 'un nombre entier de 1 à {max}',
  },
  quota_days: {
    en: 'a whole number of days from 1 to {max}',
    fr: 'un nombre entier de jours de 1 à {max}',
  },
  warning_reason: {
    en: 'Say why the company is warned',
    fr: 'Indiquez pourquoi l’entreprise est avertie',
  },
  warning_no_contact: {
    en: 'The company has no contact email to warn',
    fr: 'L’entreprise n’a pas d’e-mail de contact à avertir',
  },
  scraping_warning_subject: {
    en: 'Unusual reading of the candidate database by {user}',
    fr: 'Lecture inhabituelle de la CVthèque par {user}',
  },
  scraping_warning_body: {
    en: 'Hello {contact}, our support saw an unusual reading of the candidate database from the account of {user} ({email}): {reason}. Harvesting profiles breaks the terms of use; please check this account’s use.',
    fr: 'Bonjour {contact}, notre support a constaté une lecture inhabituelle de la CVthèque depuis le compte de {user} ({email}) : {reason}. La collecte de profils enfreint les conditions d’utilisation ; merci de vérifier l’usage de ce compte.',
  },

  scraping_company_warning_subject: {
    en: 'Unusual reading of the candidate database by {company}',
    fr: 'Lecture inhabituelle de la CVthèque par {company}',
  },
  scraping_company_warning_body: {
    en: 'Hello {contact}, our support saw an unusual reading of the candidate database from the accounts of {company}: {reason}. Harvesting profiles breaks the terms of use, also when it is split between several accounts; please check how your accounts are used.',
    fr: 'Bonjour {contact}, notre support a constaté une lecture inhabituelle de la CVthèque depuis les comptes de {company} : {reason}. La collecte de profils enfreint les conditions d’utilisation, y compris répartie entre plusieurs comptes ; merci de vérifier l’usage de vos comptes.',
  },
  // Job boards and publications
  boards_required: {
    en: 'choose one board or more (at most {max})',
    fr: 'choisissez un site ou plusieurs (au plus {max})',
  },
  board_unknown: { en: 'unknown or inactive board: {ids}', fr: 'site inconnu ou inactif : {ids}' },
  offer_not_publishable: {
    en: 'only a published offer can go to a board (this one is {status})',
    fr: 'seule une offre publiée peut aller sur un site (celle-ci est {status})',
  },
  board_already_active: {
    en: 'the offer is already live or waiting for review on {boards}',
    fr: 'l’offre est déjà en ligne ou en attente de validation sur {boards}',
  },
  no_board_slot: {
    en: 'No slot left on {board}: the {plan} plan allows {max} live offers there',
    fr: 'Plus de place sur {board} : l’offre {plan} permet {max} annonces en ligne sur ce site',
  },
  publication_not_pending: {
    en: 'only a publication waiting for review can be approved (this one is {state})',
    fr: 'seule une publication en attente peut être validée (celle-ci est {state})',
  },
  publication_not_rejectable: {
    en: 'this publication is {state}: there is nothing to reject',
    fr: 'cette publication est {state} : il n’y a rien à refuser',
  },
  publication_not_resubmittable: {
    en: 'only a rejected or expired publication can be sent again (this one is {state})',
    fr: 'seule une publication refusée ou expirée peut être renvoyée (celle-ci est {state})',
  },
  rejection_code: { en: 'must be one of {values}', fr: 'doit valoir l’un de {values}' },
  rejection_reason: {
    en: 'give the recruiter a reason of 3 to 500 characters',
    fr: 'donnez au recruteur un motif de 3 à 500 caractères',
  },
  bulk_ids: {
    en: 'give 1 to {max} publication ids',
    fr: 'donnez de 1 à {max} identifiants de publication',
  },
  bulk_action: { en: 'must be approve or reject', fr: 'doit valoir approve ou reject' },
  board_rules: {
    en: 'rules hold requiresPayRange and inclusiveWording (true or false) and minWords (0 to 1000)',
    fr: 'les règles comptent requiresPayRange et inclusiveWording (vrai ou faux) et minWords (0 à 1000)',
  },
  board_languages: { en: 'choose at least one language', fr: 'choisissez au moins une langue' },
  // Offer feeds
  feed_unreadable: {
    en: 'The feed cannot be read: send an "offers" list as JSON, or <feed><offer>…</offer></feed> as XML',
    fr: 'Flux illisible : envoyez une liste « offers » en JSON, ou <feed><offer>…</offer></feed> en XML',
  },
  feed_dtd_refused: {
    en: 'The XML feed declares a document type (DOCTYPE or ENTITY): feeds may not declare any',
    fr: 'Le flux XML déclare un type de document (DOCTYPE ou ENTITY) : un flux ne doit en déclarer aucun',
  },
  feed_too_large: { en: 'The feed is over {max} MB', fr: 'Le flux dépasse {max} Mo' },
  feed_too_many_offers: {
    en: 'The feed holds more than {max} offers',
    fr: 'Le flux contient plus de {max} offres',
  },
  feed_body: {
    en: 'send "offers" (JSON), "xml" (an XML document) or "source": "stored"',
    fr: 'envoyez « offers » (JSON), « xml » (un document XML) ou « source » : « stored »',
  },
  feed_no_stored: {
    en: 'This company has no stored feed',
    fr: 'Cette entreprise n’a pas de flux enregistré',
  },
  feed_no_recruiter: {
    en: 'The company has no active recruiter to own the feed’s offers',
    fr: 'L’entreprise n’a aucun recruteur actif à qui confier les offres du flux',
  },
  feed_refused: {
    en: 'Nothing imported: {count} offer(s) of the feed refused',
    fr: 'Rien n’a été importé : {count} offre(s) du flux refusée(s)',
  },
  feed_refused_whole: {
    en: 'Nothing imported: the feed as a whole is refused',
    fr: 'Rien n’a été importé : le flux est refusé dans son ensemble',
  },
  feed_external_ref: {
    en: 'required: 1 to {max} characters, letters, digits and . _ : / # - (starting with a letter or digit)',
    fr: 'obligatoire : 1 à {max} caractères, lettres, chiffres et . _ : / # - (commençant par une lettre ou un chiffre)',
  },
  feed_duplicate_ref: {
    en: 'same external reference as offer {index} of the feed',
    fr: 'même référence externe que l’offre {index} du flux',
  },
  feed_no_job_slots: {
    en: 'the feed publishes {needed} new or reopened offer(s) but the company has {left} job slot(s) left',
    fr: 'le flux publie {needed} offre(s) nouvelle(s) ou rouverte(s) mais il reste {left} emplacement(s) d’offre à l’entreprise',
  },
  feed_no_board_slots: {
    en: 'the feed sends {needed} offer(s) to {board}, which has {left} slot(s) left on the {plan} plan',
    fr: 'le flux envoie {needed} offre(s) sur {board}, qui n’a plus que {left} emplacement(s) avec la formule {plan}',
  },
  feed_boards: {
    en: 'a list of 1 to {max} distinct active board ids',
    fr: 'une liste de 1 à {max} identifiants de jobboards actifs, distincts',
  },
  // Exports
  no_csv_export: { en: 'No CSV export for "{resource}"', fr: 'Pas d’export CSV pour « {resource} »' },
} as const satisfies Record<string, { en: string; fr: string }>;

export type MessageKey = keyof typeof MESSAGES;
