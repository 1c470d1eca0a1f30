import type { setupId } from './i18n';

/** Texts of the setup wizard in English: the same keys as `i18n.ts`. */
export const setupEn: typeof setupId = {
  title: 'First-run setup',
  description:
    'Sipanti has not been set up on this computer yet. Enter the home profile, the signing officials and the first administrator account. Everything can be changed later in Settings.',
  steps: { home: 'Home profile', officials: 'Officials', admin: 'Administrator', review: 'Review' },
  stepsHint: {
    home: 'Identity and letterhead',
    officials: 'Head and finance officer',
    admin: 'First account',
    review: 'Check and finish',
  },
  intro: {
    home: "The home's identity appears on letterheads, reports and in the application.",
    officials: "Names and NIPs of the officials who sign the home's official documents.",
    admin: 'The administrator creates the other staff accounts and configures the application. Keep the password somewhere safe.',
  },
  admin: {
    scope: 'Kind of administrator',
    scope_home: "This home's administrator",
    scope_home_hint: 'Manages one home: its staff, records and settings.',
    scope_province: 'Province administrator',
    scope_province_hint: 'Provincial social affairs office: sees and adds every home (UPTD) in one database.',
  },
  review: {
    intro: 'Check the details below. Once saved, you will be taken to the log-in page.',
    passwordNote: 'The password is not shown. Make sure you remember it.',
  },
  stepOf: 'Step {{step}} of {{total}}',
  finish: 'Save and finish',
  done: {
    title: 'Sipanti is ready',
    message: 'The home profile and administrator account were saved. Please log in.',
  },
};
