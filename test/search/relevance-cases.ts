import type { Locale } from '../../src/i18n/locales.js';
import { kindCases, type Case } from './relevance-kinds.js';

/**
 * Relevance: what visitors really type, and the question they are looking for.
 * Every expected answer must be in the top 3; `first: true` marks queries whose answer is
 * unambiguous, which must be rank 1. A query that fails here is a search problem to fix
 * (a missing synonym in the article's `keywords`, or ranking), not a line to delete.
 */
const everydayCases: Record<Locale, Case[]> = {
  en: [
    // Forgotten password: plural, typos, upper case, a sentence.
    { q: 'passwords', id: 'eu-login-forgotten-password', first: true },
    { q: 'pasword', id: 'eu-login-forgotten-password', first: true },
    { q: 'forgoten password', id: 'eu-login-forgotten-password', first: true },
    { q: 'FORGOTTEN PASSWORD', id: 'eu-login-forgotten-password', first: true },
    { q: 'reset password', id: 'eu-login-forgotten-password', first: true },
    { q: "I can't log in", id: 'eu-login-forgotten-password' },
    // The app: verb forms, platforms.
    { q: 'downloading the app', id: 'eu-login-app-download', first: true },
    { q: 'where can I download the app', id: 'eu-login-app-download', first: true },
    { q: 'install authenticator app on iphone', id: 'eu-login-app-download', first: true },
    { q: 'setting up the app on my phone', id: 'eu-login-app-setup', first: true },
    { q: 'how do i change my pin', id: 'eu-login-app-change-pin', first: true },
    { q: 'lost pin', id: 'eu-login-app-change-pin', first: true },
    {
      q: 'can I use the app without a screen lock',
      id: 'eu-login-app-unsecured-device',
      first: true,
    },
    { q: 'several accounts same phone', id: 'eu-login-app-several-accounts', first: true },
    // Two-factor authentication: acronyms and synonyms that only keywords provide.
    { q: 'smartphne', id: 'eu-login-2fa-without-smartphone' },
    { q: "i don't have a mobile phone", id: 'eu-login-2fa-without-smartphone', first: true },
    { q: 'yubikey', id: 'eu-login-2fa-without-smartphone', first: true },
    { q: 'MFA', id: 'eu-login-sign-in-2fa' },
    { q: '2FA', id: 'why-use-2fa' },
    { q: 'two-factor', id: 'why-enable-2fa' },
    { q: 'two step verification', id: 'eu-login-sign-in-2fa' },
    { q: 'how to log in with two factor', id: 'eu-login-sign-in-2fa' },
    { q: 'authent', id: 'why-enable-2fa' },
    { q: 'authenticaton', id: 'why-enable-2fa' },
    { q: 'is 2fa mandatory', id: 'why-enable-2fa' },
    { q: 'eid second factor', id: 'eid-activate-second-factor' },
    { q: 'I already log in with eID', id: 'eid-already-used', first: true },
    // Account creation.
    { q: 'i did not get the confirmation email', id: 'eu-login-confirmation-email', first: true },
    { q: 'verification email not received', id: 'eu-login-confirmation-email', first: true },
    { q: 'email already registered', id: 'eu-login-email-already-registered', first: true },
    { q: 'account already exists', id: 'eu-login-email-already-registered', first: true },
    // QR code.
    { q: 'where is the qr code', id: 'find-qr-code', first: true },
    { q: 'QR CODE', id: 'find-qr-code' },
    { q: 'qr code not valid', id: 'qr-code-invalid', first: true },
    // Europass templates.
    { q: 'CEFR', id: 'cefr', first: true },
    { q: 'CECR', id: 'cefr', first: true },
    // The six CEFR levels are the article's keywords, so a level alone finds it first.
    { q: 'B2 level', id: 'cefr', first: true },
    { q: 'c1', id: 'cefr', first: true },
    { q: 'assess my language skills', id: 'assess-language-skills', first: true },
    { q: 'evaluate my english level', id: 'assess-language-skills', first: true },
    { q: 'Digital Skills', id: 'describe-digital-skills', first: true },
    { q: 'computer skills', id: 'describe-digital-skills', first: true },
    { q: 'diplome suplement', id: 'diploma-supplement', first: true },
    { q: 'university degree transcript', id: 'diploma-supplement', first: true },
    { q: 'vocational training certificate', id: 'certificate-supplement', first: true },
    { q: 'apprenticeship', id: 'certificate-supplement', first: true },
    { q: 'erasmus study abroad', id: 'europass-mobility', first: true },
    { q: 'language passport', id: 'language-passport', first: true },
    { q: 'Skills Passport', id: 'skills-passport', first: true },
    // Qualifications framework.
    { q: 'EQF', id: 'eqf', first: true },
    { q: 'CEC', id: 'eqf', first: true },
    { q: 'qualif', id: 'eqf' },
    { q: 'qualification levels', id: 'eqf', first: true },
  ],
  fr: [
    // Mot de passe : sans accents, majuscules, faute de frappe.
    { q: 'mot de passe oublie', id: 'eu-login-forgotten-password', first: true },
    { q: 'MOT DE PASSE OUBLIÉ', id: 'eu-login-forgotten-password', first: true },
    { q: 'mot de pase oublié', id: 'eu-login-forgotten-password', first: true },
    { q: 'réinitialiser mot de passe', id: 'eu-login-forgotten-password', first: true },
    { q: 'je ne peux pas me connecter', id: 'eu-login-forgotten-password' },
    // L’application : formes verbales, préfixes.
    { q: 'telecharger application', id: 'eu-login-app-download', first: true },
    { q: 'télécharge', id: 'eu-login-app-download', first: true },
    { q: 'telecharg', id: 'eu-login-app-download', first: true },
    { q: 'téléchargement', id: 'eu-login-app-download', first: true },
    { q: "installer l'appli sur iphone", id: 'eu-login-app-download', first: true },
    { q: "configurer l'application", id: 'eu-login-app-setup', first: true },
    { q: 'comment changer mon code pin', id: 'eu-login-app-change-pin', first: true },
    { q: 'code pin oublié', id: 'eu-login-app-change-pin', first: true },
    { q: 'verrouillage écran', id: 'eu-login-app-unsecured-device', first: true },
    {
      q: 'plusieurs comptes sur le même téléphone',
      id: 'eu-login-app-several-accounts',
      first: true,
    },
    // Double authentification : sigles et synonymes.
    { q: "je n'ai pas de smartphone", id: 'eu-login-2fa-without-smartphone', first: true },
    {
      q: 'double authentification sans téléphone',
      id: 'eu-login-2fa-without-smartphone',
      first: true,
    },
    { q: 'clé de sécurité', id: 'eu-login-2fa-without-smartphone', first: true },
    { q: 'A2F', id: 'eu-login-sign-in-2fa' },
    { q: 'double authentification', id: 'why-use-2fa' },
    { q: 'validation en deux étapes', id: 'eu-login-sign-in-2fa' },
    { q: 'authent', id: 'eu-login-sign-in-2fa' },
    { q: 'authentificaton', id: 'why-enable-2fa' },
    { q: 'se connecter avec la double authentification', id: 'eu-login-sign-in-2fa', first: true },
    { q: 'pourquoi utiliser la 2FA', id: 'why-use-2fa', first: true },
    { q: 'pourquoi la double authentification est obligatoire', id: 'why-enable-2fa' },
    { q: "carte d'identité électronique", id: 'eid-activate-second-factor' },
    { q: "j'utilise déjà l'eid", id: 'eid-already-used', first: true },
    // Création du compte.
    {
      q: "je n'ai pas reçu le courriel de confirmation",
      id: 'eu-login-confirmation-email',
      first: true,
    },
    { q: 'pas reçu mail de confirmation', id: 'eu-login-confirmation-email', first: true },
    { q: 'email deja utilise', id: 'eu-login-email-already-registered', first: true },
    { q: 'compte existe deja', id: 'eu-login-email-already-registered', first: true },
    // Code QR.
    { q: 'où trouver le code qr', id: 'find-qr-code', first: true },
    { q: 'code qr invalide', id: 'qr-code-invalid', first: true },
    { q: 'code qr ne marche pas', id: 'qr-code-invalid', first: true },
    // Modèles Europass.
    { q: 'CECR', id: 'cefr', first: true },
    { q: 'CEFR', id: 'cefr', first: true },
    { q: 'niveaux de langue', id: 'cefr' },
    { q: 'niveau B1', id: 'cefr', first: true },
    { q: 'evaluer mes competences linguistiques', id: 'assess-language-skills', first: true },
    { q: 'ÉVALUER MES COMPÉTENCES', id: 'assess-language-skills' },
    { q: 'évaluation', id: 'assess-language-skills' },
    { q: 'competences numeriques', id: 'describe-digital-skills', first: true },
    { q: 'Compétences numériques', id: 'describe-digital-skills', first: true },
    { q: 'compétance numérique', id: 'describe-digital-skills', first: true },
    { q: 'competences informatiques', id: 'describe-digital-skills', first: true },
    { q: 'à quoi sert le supplément au diplôme', id: 'diploma-supplement', first: true },
    { q: 'suplement au diplome', id: 'diploma-supplement', first: true },
    { q: 'relevé de notes', id: 'diploma-supplement', first: true },
    { q: 'formation professionnelle', id: 'certificate-supplement', first: true },
    { q: "Erasmus stage à l'étranger", id: 'europass-mobility', first: true },
    { q: 'passeport de langues', id: 'language-passport', first: true },
    { q: 'passeport des compétences', id: 'skills-passport', first: true },
    // Cadre européen des certifications.
    { q: 'CEC', id: 'eqf', first: true },
    { q: 'EQF', id: 'eqf', first: true },
    { q: 'qualif', id: 'eqf' },
    { q: 'cadre europeen des certifications', id: 'eqf', first: true },
  ],
};

/** The everyday queries above, then the kinds of miss of relevance-kinds.ts. */
export const relevanceCases: Record<Locale, Case[]> = {
  en: [...everydayCases.en, ...kindCases.en],
  fr: [...everydayCases.fr, ...kindCases.fr],
};
