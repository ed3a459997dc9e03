import type { Locale } from '../../src/i18n/locales.js';

/** A relevance case (see relevance.test.ts): `first` asks for rank 1, otherwise the top 3. */
export interface Case {
  q: string;
  id: string;
  first?: boolean;
}

/**
 * Cases by kind of miss found on large real content (issue 16), against the shipped
 * content: each kind in both languages.
 */
export const kindCases: Record<Locale, Case[]> = {
  en: [
    // The query is the title (stop words aside), its acronym or the acronym spelt out.
    { q: 'diploma supplement', id: 'diploma-supplement', first: true },
    { q: 'europass certificate supplement', id: 'certificate-supplement', first: true },
    { q: 'european qualifications framework', id: 'eqf', first: true },
    { q: 'common european framework of reference', id: 'cefr', first: true },
    { q: 'europass mobility', id: 'europass-mobility', first: true },
    // Compounds typed together or apart ("lock screen", "self-assessment", "sign up").
    { q: 'lockscreen', id: 'eu-login-app-unsecured-device', first: true },
    { q: 'selfassessment', id: 'assess-language-skills', first: true },
    { q: 'in box', id: 'eu-login-confirmation-email', first: true },
    { q: 'qrcode', id: 'find-qr-code', first: true },
    { q: 'signup', id: 'eu-login-confirmation-email' },
    { q: 'smart phone', id: 'eu-login-2fa-without-smartphone', first: true },
    // Word families the stemmer keeps apart.
    { q: 'verify', id: 'eu-login-confirmation-email', first: true },
    { q: 'registration', id: 'eu-login-email-already-registered' },
    // A term of the other language, through the editors' synonyms (content/synonyms.md).
    { q: 'courriel de confirmation', id: 'eu-login-confirmation-email', first: true },
    { q: 'identité électronique', id: 'eid-activate-second-factor' },
    { q: 'authentification à deux facteurs', id: 'why-use-2fa' },
  ],
  fr: [
    { q: 'supplément au diplôme', id: 'diploma-supplement', first: true },
    { q: 'supplément au certificat europass', id: 'certificate-supplement', first: true },
    { q: 'cadre européen des certifications', id: 'eqf', first: true },
    { q: 'cadre européen commun de référence', id: 'cefr', first: true },
    { q: 'europass mobilité', id: 'europass-mobility', first: true },
    { q: 'smart phone', id: 'eu-login-2fa-without-smartphone', first: true },
    { q: 'qrcode', id: 'find-qr-code', first: true },
    { q: 'codepin', id: 'eu-login-app-change-pin', first: true },
    { q: 'auto évaluation', id: 'assess-language-skills' },
    { q: 'enregistrement', id: 'eu-login-email-already-registered', first: true },
    { q: 'modification', id: 'eu-login-app-change-pin', first: true },
    { q: 'authentifier', id: 'eu-login-sign-in-2fa', first: true },
    { q: 'authentifications', id: 'eu-login-sign-in-2fa' },
    { q: 'mobile phone', id: 'eu-login-2fa-without-smartphone' },
    { q: 'two-factor authentication', id: 'why-use-2fa' },
    { q: 'electronic ID', id: 'eid-activate-second-factor' },
  ],
};
