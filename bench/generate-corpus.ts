/**
 * Synthetic help-centre content for the search benchmark: a content tree in the real format
 * (markdown + YAML front matter, see content/ and src/content/schema.ts) with about a dozen
 * categories and `perLocale` articles per locale, the same ids in English and French.
 *
 * Every article is one "plan" (topic, question template, object, verb, context, slot values,
 * answer blocks) rendered in both languages, so translations match. Deterministic for a seed.
 *
 *   tsx bench/generate-corpus.ts <dir> [perLocale=10000] [seed=1]
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { slugify } from '../src/content/slug.js';

// ---------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------

export type Rng = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for test data. Returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, min: number, max: number) =>
  min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, list: readonly T[]): T =>
  list[Math.floor(rng() * list.length)] as T;
export const chance = (rng: Rng, p: number) => rng() < p;

/** `count` distinct items (or all of them if there are fewer), in random order. */
export function sample<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

// ---------------------------------------------------------------------------------------
// Word lists (English / French pairs)
// ---------------------------------------------------------------------------------------

type Pair = readonly [en: string, fr: string];
type Locale = 'en' | 'fr';
type Gender = 'm' | 'f' | 'mp' | 'fp';

interface Noun {
  en: string;
  fr: string;
  g: Gender;
  /** False for things one does not own ("the error message", not "my error message"). */
  own: boolean;
}
const noun = (en: string, fr: string, g: Gender, own = true): Noun => ({ en, fr, g, own });

interface Verb {
  en: string;
  ing: string;
  fr: string;
}
const doubled = new Set([
  'set',
  'reset',
  'scan',
  'stop',
  'get',
  'put',
  'run',
  'plan',
  'log',
  'cancel',
]);
function gerund(en: string): string {
  const [first = '', ...rest] = en.split(' ');
  let ing: string;
  if (doubled.has(first)) ing = `${first}${first.slice(-1)}ing`;
  else if (first.endsWith('ie')) ing = `${first.slice(0, -2)}ying`;
  else if (/[^aeioy]e$/.test(first)) ing = `${first.slice(0, -1)}ing`;
  else ing = `${first}ing`;
  return [ing, ...rest].join(' ');
}
const verb = (en: string, fr: string): Verb => ({ en, ing: gerund(en), fr });

interface Topic {
  id: string;
  title: Pair;
  description: Pair;
  intro: Pair;
  /** The profile section where this topic's settings live (used in steps). */
  section: Pair;
  objects: Noun[];
  verbs: Verb[];
  keywords: Pair[];
  facts: Pair[];
}

const topics: Topic[] = [
  {
    id: 'account',
    title: ['Account and sign-in', 'Compte et connexion'],
    description: [
      'Creating, managing and closing your Europass account, signing in with EU Login and keeping your contact details up to date.',
      'Création, gestion et fermeture de votre compte Europass, connexion avec EU Login et mise à jour de vos coordonnées.',
    ],
    intro: [
      'Your Europass account keeps your profile, your documents and your applications in one place. This section explains how to create it, sign in and manage it.',
      'Votre compte Europass réunit votre profil, vos documents et vos candidatures au même endroit. Cette rubrique explique comment le créer, vous connecter et le gérer.',
    ],
    section: ['Account', 'Compte'],
    objects: [
      noun('account', 'compte', 'm'),
      noun('profile', 'profil', 'm'),
      noun('email address', 'adresse électronique', 'f'),
      noun('username', 'nom d’utilisateur', 'm'),
      noun('sign-in method', 'méthode de connexion', 'f'),
      noun('account settings', 'paramètres du compte', 'mp'),
      noun('contact details', 'coordonnées', 'fp'),
      noun('display name', 'nom affiché', 'm'),
      noun('recovery email address', 'adresse électronique de secours', 'f'),
      noun('date of birth', 'date de naissance', 'f'),
    ],
    verbs: [
      verb('create', 'créer'),
      verb('delete', 'supprimer'),
      verb('change', 'modifier'),
      verb('verify', 'vérifier'),
      verb('recover', 'récupérer'),
      verb('update', 'mettre à jour'),
      verb('link', 'associer'),
      verb('unlock', 'débloquer'),
      verb('deactivate', 'désactiver'),
      verb('confirm', 'confirmer'),
    ],
    keywords: [
      ['sign in', 'se connecter'],
      ['log in', 'connexion'],
      ['registration', 'inscription'],
      ['EU Login', 'EU Login'],
      ['account blocked', 'compte bloqué'],
      ['close account', 'fermer le compte'],
      ['profile', 'profil'],
      ['email', 'courriel'],
      ['identity', 'identité'],
      ['username', 'identifiant'],
      ['sign up', 'créer un compte'],
    ],
    facts: [
      [
        'Europass uses EU Login, the European Commission’s authentication service, so the same credentials work on many EU websites.',
        'Europass utilise EU Login, le service d’authentification de la Commission européenne : les mêmes identifiants fonctionnent donc sur de nombreux sites de l’UE.',
      ],
      [
        'An account that has not been used for {months} months is closed automatically, after two reminders sent to your email address.',
        'Un compte inutilisé pendant {months} mois est fermé automatiquement, après deux rappels envoyés à votre adresse électronique.',
      ],
      [
        'Each email address can be linked to only one account. If you have two accounts, keep the one you use most and delete the other.',
        'Chaque adresse électronique ne peut être associée qu’à un seul compte. Si vous avez deux comptes, gardez celui que vous utilisez le plus et supprimez l’autre.',
      ],
      [
        'After five unsuccessful attempts, your account is locked for {minutes} minutes to protect it against automated attacks.',
        'Après cinq tentatives infructueuses, votre compte est verrouillé pendant {minutes} minutes pour le protéger contre les attaques automatisées.',
      ],
      [
        'Changes to {your} are saved immediately and appear on every device where you are signed in.',
        'Les modifications apportées à {your} sont enregistrées immédiatement et apparaissent sur tous les appareils où vous êtes connecté.',
      ],
      [
        'Your name must match the name on your identity document if you want to use the electronic identification (eID) option.',
        'Votre nom doit correspondre à celui de votre pièce d’identité si vous souhaitez utiliser l’identification électronique (eID).',
      ],
      [
        'Deleting your account also deletes your profile, your library and your application history; this cannot be undone.',
        'La suppression de votre compte supprime aussi votre profil, votre bibliothèque et l’historique de vos candidatures ; elle est irréversible.',
      ],
      [
        'You can sign in with a national eID card in {country} and in most other EU countries.',
        'Vous pouvez vous connecter avec une carte d’identité électronique nationale {inCountry} et dans la plupart des autres pays de l’UE.',
      ],
      [
        'If the confirmation email does not arrive within {minutes} minutes, look in your spam or junk folder before requesting a new one.',
        'Si le courriel de confirmation n’arrive pas dans les {minutes} minutes, regardez dans vos courriers indésirables avant d’en demander un nouveau.',
      ],
    ],
  },
  {
    id: 'passwords',
    title: ['Passwords and security', 'Mots de passe et sécurité'],
    description: [
      'Resetting a forgotten password, choosing a strong one, and protecting your account with two-factor authentication.',
      'Réinitialisation d’un mot de passe oublié, choix d’un mot de passe robuste et protection de votre compte par l’authentification à deux facteurs.',
    ],
    intro: [
      'A strong password and a second authentication factor keep your documents safe. Here you will find how to reset, change and protect your credentials.',
      'Un mot de passe robuste et un second facteur d’authentification protègent vos documents. Vous trouverez ici comment réinitialiser, modifier et protéger vos identifiants.',
    ],
    section: ['Security', 'Sécurité'],
    objects: [
      noun('password', 'mot de passe', 'm'),
      noun('PIN code', 'code PIN', 'm'),
      noun('two-factor authentication', 'authentification à deux facteurs', 'f', false),
      noun('security key', 'clé de sécurité', 'f'),
      noun('verification code', 'code de vérification', 'm'),
      noun('recovery codes', 'codes de récupération', 'mp'),
      noun('active sessions', 'sessions actives', 'fp'),
      noun('sign-in history', 'historique de connexion', 'm'),
      noun('trusted devices', 'appareils de confiance', 'mp'),
      noun('password reset link', 'lien de réinitialisation du mot de passe', 'm', false),
    ],
    verbs: [
      verb('reset', 'réinitialiser'),
      verb('change', 'changer'),
      verb('set up', 'configurer'),
      verb('disable', 'désactiver'),
      verb('enable', 'activer'),
      verb('receive', 'recevoir'),
      verb('use', 'utiliser'),
      verb('renew', 'renouveler'),
      verb('check', 'consulter'),
      verb('revoke', 'révoquer'),
    ],
    keywords: [
      ['forgotten password', 'mot de passe oublié'],
      ['2FA', '2FA'],
      ['MFA', 'MFA'],
      ['security', 'sécurité'],
      ['credentials', 'identifiants'],
      ['incorrect password', 'mot de passe incorrect'],
      ['authenticator', 'authentificateur'],
      ['one-time code', 'code à usage unique'],
      ['hacked account', 'compte piraté'],
      ['phishing', 'hameçonnage'],
      ['SMS code', 'code SMS'],
    ],
    facts: [
      [
        'A strong password has at least {chars} characters and mixes upper-case letters, lower-case letters, digits and symbols.',
        'Un mot de passe robuste comporte au moins {chars} caractères et mélange majuscules, minuscules, chiffres et symboles.',
      ],
      [
        'The reset link is valid for {hours} hours and can be used only once. After that, request a new one.',
        'Le lien de réinitialisation est valable {hours} heures et ne peut servir qu’une fois. Passé ce délai, demandez-en un nouveau.',
      ],
      [
        'We will never ask for your password by email or by phone. Report any such message as phishing.',
        'Nous ne vous demanderons jamais votre mot de passe par courriel ou par téléphone. Signalez tout message de ce type comme une tentative d’hameçonnage.',
      ],
      [
        'Two-factor authentication adds a second step to signing in: a code from the EU Login app, an SMS or a security key.',
        'L’authentification à deux facteurs ajoute une seconde étape à la connexion : un code de l’application EU Login, un SMS ou une clé de sécurité.',
      ],
      [
        'Keep your recovery codes in a safe place, separate from your phone, so that you can still sign in if you lose it.',
        'Conservez vos codes de récupération en lieu sûr, à l’écart de votre téléphone, afin de pouvoir vous connecter même si vous le perdez.',
      ],
      [
        'Verification codes by SMS can take up to {minutes} minutes to arrive, depending on your mobile operator in {country}.',
        'Les codes de vérification par SMS peuvent mettre jusqu’à {minutes} minutes à arriver, selon votre opérateur mobile {inCountry}.',
      ],
      [
        'Signing out of all sessions ends every active session, including on devices you no longer have.',
        'La déconnexion de toutes les sessions met fin à chaque session active, y compris sur des appareils que vous n’avez plus.',
      ],
      [
        'Your new password cannot be one of your last {n} passwords.',
        'Votre nouveau mot de passe ne peut pas être l’un de vos {n} derniers mots de passe.',
      ],
      [
        'A password manager can generate and remember long, unique passwords for you.',
        'Un gestionnaire de mots de passe peut créer et retenir pour vous des mots de passe longs et uniques.',
      ],
    ],
  },
  {
    id: 'documents',
    title: ['My documents and library', 'Mes documents et ma bibliothèque'],
    description: [
      'Storing, organising, downloading and sharing the files in your Europass library.',
      'Stockage, classement, téléchargement et partage des fichiers de votre bibliothèque Europass.',
    ],
    intro: [
      'Your library stores up to {gb} GB of documents: CVs, letters, certificates and any other file you want to keep with your profile.',
      'Votre bibliothèque peut contenir jusqu’à {gb} Go de documents : CV, lettres, certificats et tout autre fichier que vous souhaitez garder avec votre profil.',
    ],
    section: ['My library', 'Ma bibliothèque'],
    objects: [
      noun('document', 'document', 'm'),
      noun('file', 'fichier', 'm'),
      noun('library', 'bibliothèque', 'f'),
      noun('attachment', 'pièce jointe', 'f'),
      noun('folder', 'dossier', 'm'),
      noun('PDF file', 'fichier PDF', 'm'),
      noun('scanned copy', 'copie numérisée', 'f'),
      noun('storage space', 'espace de stockage', 'm'),
      noun('shared documents', 'documents partagés', 'mp'),
      noun('certificate', 'certificat', 'm'),
    ],
    verbs: [
      verb('upload', 'téléverser'),
      verb('download', 'télécharger'),
      verb('delete', 'supprimer'),
      verb('rename', 'renommer'),
      verb('share', 'partager'),
      verb('move', 'déplacer'),
      verb('open', 'ouvrir'),
      verb('print', 'imprimer'),
      verb('restore', 'restaurer'),
      verb('sort', 'trier'),
    ],
    keywords: [
      ['upload', 'téléversement'],
      ['file size', 'taille du fichier'],
      ['storage', 'stockage'],
      ['attachment', 'pièce jointe'],
      ['library', 'bibliothèque'],
      ['file format', 'format de fichier'],
      ['download', 'téléchargement'],
      ['scan', 'numérisation'],
      ['folder', 'dossier'],
      ['recycle bin', 'corbeille'],
      ['quota', 'quota'],
    ],
    facts: [
      [
        'Each file can be up to {size} MB. Larger files must be compressed or split before you upload them.',
        'Chaque fichier peut peser jusqu’à {size} Mo. Les fichiers plus volumineux doivent être compressés ou divisés avant le téléversement.',
      ],
      [
        'Deleted files stay in the recycle bin for {days} days, after which they are removed permanently.',
        'Les fichiers supprimés restent dans la corbeille pendant {days} jours, puis sont effacés définitivement.',
      ],
      [
        'File names may contain letters, digits, spaces, hyphens and underscores; other characters are replaced when you upload.',
        'Les noms de fichiers peuvent contenir des lettres, des chiffres, des espaces, des traits d’union et des tirets bas ; les autres caractères sont remplacés lors du téléversement.',
      ],
      [
        'A scanned copy is easier to read at a resolution of {dpi} dpi, in colour, with all four corners of the page visible.',
        'Une copie numérisée est plus lisible à une résolution de {dpi} ppp, en couleur, avec les quatre coins de la page visibles.',
      ],
      [
        'Shared links expire after {days} days unless you renew them from the **{section}** page.',
        'Les liens de partage expirent au bout de {days} jours, sauf si vous les renouvelez depuis la page **{section}**.',
      ],
      [
        'Documents in {format} format open directly in the browser; other formats are downloaded to your device.',
        'Les documents au format {format} s’ouvrent directement dans le navigateur ; les autres formats sont téléchargés sur votre appareil.',
      ],
      [
        'Folders help you keep documents for different applications apart, for example one folder per employer.',
        'Les dossiers vous aident à séparer les documents destinés à différentes candidatures, par exemple un dossier par employeur.',
      ],
      [
        'Files are scanned for viruses when you upload them; an infected file is rejected with the message “{code}”.',
        'Les fichiers sont analysés à la recherche de virus lors du téléversement ; un fichier infecté est refusé avec le message « {code} ».',
      ],
      [
        'Nobody can see the documents in your library unless you share them yourself.',
        'Personne ne peut voir les documents de votre bibliothèque, sauf si vous les partagez vous-même.',
      ],
    ],
  },
  {
    id: 'cv',
    title: ['CV and cover letters', 'CV et lettres de motivation'],
    description: [
      'Writing, formatting, translating and exporting your Europass CV and cover letters.',
      'Rédaction, mise en forme, traduction et exportation de votre CV Europass et de vos lettres de motivation.',
    ],
    intro: [
      'The CV editor builds a clear, well-structured CV from your profile in a few minutes, in any of the supported languages.',
      'L’éditeur de CV crée en quelques minutes un CV clair et bien structuré à partir de votre profil, dans toutes les langues proposées.',
    ],
    section: ['My CVs', 'Mes CV'],
    objects: [
      noun('CV', 'CV', 'm'),
      noun('cover letter', 'lettre de motivation', 'f'),
      noun('profile photo', 'photo de profil', 'f'),
      noun('work experience', 'expérience professionnelle', 'f'),
      noun('CV template', 'modèle de CV', 'm', false),
      noun('personal information', 'informations personnelles', 'fp'),
      noun('skills section', 'rubrique des compétences', 'f'),
      noun('references', 'références', 'fp'),
      noun('hobbies and interests', 'centres d’intérêt', 'mp'),
      noun('training record', 'parcours de formation', 'm'),
    ],
    verbs: [
      verb('create', 'créer'),
      verb('edit', 'modifier'),
      verb('translate', 'traduire'),
      verb('export', 'exporter'),
      verb('duplicate', 'dupliquer'),
      verb('customise', 'personnaliser'),
      verb('preview', 'prévisualiser'),
      verb('save', 'enregistrer'),
      verb('import', 'importer'),
      verb('reorder', 'réorganiser'),
    ],
    keywords: [
      ['curriculum vitae', 'curriculum vitae'],
      ['résumé', 'CV'],
      ['cover letter', 'lettre de motivation'],
      ['CV editor', 'éditeur de CV'],
      ['template', 'modèle'],
      ['layout', 'mise en page'],
      ['photo', 'photo'],
      ['job application', 'candidature'],
      ['work experience', 'expérience professionnelle'],
      ['export PDF', 'exporter en PDF'],
      ['font', 'police de caractères'],
    ],
    facts: [
      [
        'Recruiters usually spend less than a minute on a CV, so put your most relevant experience as a {occupation} first.',
        'Les recruteurs consacrent en général moins d’une minute à un CV : placez donc en premier votre expérience la plus pertinente de {occupation}.',
      ],
      [
        'You can keep up to {n} CVs in your profile, for example one per language or one per type of job.',
        'Vous pouvez conserver jusqu’à {n} CV dans votre profil, par exemple un par langue ou un par type d’emploi.',
      ],
      [
        'A profile photo is optional; in some countries, such as {country}, employers prefer CVs without one.',
        'La photo de profil est facultative ; dans certains pays, comme {country}, les employeurs préfèrent les CV sans photo.',
      ],
      [
        'Describe each job with action verbs and concrete results, for instance your skills in {skill}.',
        'Décrivez chaque emploi avec des verbes d’action et des résultats concrets, par exemple vos compétences en {skill}.',
      ],
      [
        'The editor does not translate your text automatically: a CV in {lang} keeps the words you type.',
        'L’éditeur ne traduit pas vos textes automatiquement : un CV en {lang} conserve les mots que vous saisissez.',
      ],
      [
        'Exported CVs are saved in {format} format with your chosen template, ready to attach to an application.',
        'Les CV exportés sont enregistrés au format {format} avec le modèle choisi, prêts à être joints à une candidature.',
      ],
      [
        'A cover letter should be addressed to a named person when possible and fit on a single page.',
        'Une lettre de motivation doit si possible être adressée à une personne nommée et tenir sur une seule page.',
      ],
      [
        'Dates are shown in the format used in the language of the CV, for example {date}.',
        'Les dates s’affichent dans le format de la langue du CV, par exemple {date}.',
      ],
      [
        'Importing an existing CV reads the text of a {format} file and fills in the matching sections of your profile.',
        'L’importation d’un CV existant lit le texte d’un fichier {format} et remplit les rubriques correspondantes de votre profil.',
      ],
    ],
  },
  {
    id: 'diplomas',
    title: ['Diplomas and qualifications', 'Diplômes et certifications'],
    description: [
      'Diploma and certificate supplements, recognition of qualifications abroad, the European Qualifications Framework and digital credentials.',
      'Suppléments au diplôme et au certificat, reconnaissance des qualifications à l’étranger, cadre européen des certifications et attestations numériques.',
    ],
    intro: [
      'Diplomas and qualifications are easier to understand abroad when they come with a supplement or a digital credential. This section explains the tools available.',
      'Les diplômes et certifications sont plus faciles à comprendre à l’étranger lorsqu’ils sont accompagnés d’un supplément ou d’une attestation numérique. Cette rubrique présente les outils disponibles.',
    ],
    section: ['Education and training', 'Éducation et formation'],
    objects: [
      noun('diploma', 'diplôme', 'm'),
      noun('Diploma Supplement', 'supplément au diplôme', 'm'),
      noun('Certificate Supplement', 'supplément descriptif du certificat', 'm'),
      noun('qualification', 'qualification', 'f'),
      noun('transcript of records', 'relevé de notes', 'm'),
      noun('digital credential', 'attestation numérique', 'f'),
      noun('ECTS credits', 'crédits ECTS', 'mp'),
      noun('EQF level', 'niveau du CEC', 'm'),
      noun('recognition decision', 'décision de reconnaissance', 'f'),
      noun('vocational certificate', 'certificat professionnel', 'm'),
    ],
    verbs: [
      verb('obtain', 'obtenir'),
      verb('verify', 'vérifier'),
      verb('legalise', 'légaliser'),
      verb('request', 'demander'),
      verb('add', 'ajouter'),
      verb('translate', 'traduire'),
      verb('compare', 'comparer'),
      verb('present', 'présenter'),
      verb('store', 'conserver'),
      verb('describe', 'décrire'),
    ],
    keywords: [
      ['recognition', 'reconnaissance'],
      ['EQF', 'CEC'],
      ['degree', 'diplôme universitaire'],
      ['ENIC-NARIC', 'ENIC-NARIC'],
      ['equivalence', 'équivalence'],
      ['university', 'université'],
      ['vocational training', 'formation professionnelle'],
      ['credential', 'attestation'],
      ['seal', 'cachet électronique'],
      ['higher education', 'enseignement supérieur'],
      ['apostille', 'apostille'],
    ],
    facts: [
      [
        'The Diploma Supplement is issued by {institution} together with your diploma, free of charge, in a widely spoken European language.',
        'Le supplément au diplôme est délivré par {institution} avec votre diplôme, gratuitement, dans une langue européenne largement parlée.',
      ],
      [
        'The European Qualifications Framework has eight levels; a bachelor’s degree in {field} is usually at level 6.',
        'Le cadre européen des certifications compte huit niveaux ; une licence en {field} se situe généralement au niveau 6.',
      ],
      [
        'Recognition for work is decided by the employer, except for regulated professions such as {occupation}, where a national authority decides.',
        'La reconnaissance à des fins professionnelles relève de l’employeur, sauf pour les professions réglementées comme {occupation}, où une autorité nationale décide.',
      ],
      [
        'The ENIC-NARIC centre in {country} gives information on how foreign qualifications are recognised there.',
        'Le centre ENIC-NARIC {inCountry} informe sur la manière dont les qualifications étrangères y sont reconnues.',
      ],
      [
        'Digital credentials carry an electronic seal, so anyone can check that they are authentic and have not been changed.',
        'Les attestations numériques portent un cachet électronique : chacun peut vérifier qu’elles sont authentiques et n’ont pas été modifiées.',
      ],
      [
        'One academic year of full-time study usually corresponds to 60 ECTS credits.',
        'Une année universitaire à temps plein correspond en général à 60 crédits ECTS.',
      ],
      [
        'Recognition procedures take up to {weeks} weeks and may require a certified translation of your diploma.',
        'Les procédures de reconnaissance durent jusqu’à {weeks} semaines et peuvent exiger une traduction certifiée de votre diplôme.',
      ],
      [
        'Only the issuing body can correct an official supplement; Europass cannot change its content.',
        'Seul l’organisme émetteur peut corriger un supplément officiel ; Europass ne peut pas en modifier le contenu.',
      ],
      [
        'Adding your qualifications to your profile with their EQF level helps employers compare them across Europe.',
        'Ajouter vos qualifications à votre profil avec leur niveau CEC aide les employeurs à ⟨les⟩ comparer dans toute l’Europe.',
      ],
    ],
  },
  {
    id: 'languages',
    title: ['Language skills', 'Compétences linguistiques'],
    description: [
      'Describing your language skills with the Common European Framework of Reference, the Language Passport and language certificates.',
      'Description de vos compétences linguistiques avec le cadre européen commun de référence, le passeport de langues et les certificats de langue.',
    ],
    intro: [
      'Language skills are described with the six levels of the Common European Framework of Reference for Languages (CEFR), from A1 to C2.',
      'Les compétences linguistiques se décrivent avec les six niveaux du cadre européen commun de référence pour les langues (CECR), de A1 à C2.',
    ],
    section: ['Languages', 'Langues'],
    objects: [
      noun('language level', 'niveau de langue', 'm'),
      noun('Language Passport', 'passeport de langues', 'm'),
      noun('self-assessment grid', 'grille d’autoévaluation', 'f', false),
      noun('language certificate', 'certificat de langue', 'm'),
      noun('mother tongue', 'langue maternelle', 'f'),
      noun('CEFR level', 'niveau du CECR', 'm'),
      noun('interface language', 'langue de l’interface', 'f'),
      noun('language test results', 'résultats de test de langue', 'mp'),
      noun('translations', 'traductions', 'fp'),
      noun('spoken interaction level', 'niveau d’interaction orale', 'm'),
    ],
    verbs: [
      verb('assess', 'évaluer'),
      verb('indicate', 'indiquer'),
      verb('change', 'changer'),
      verb('add', 'ajouter'),
      verb('describe', 'décrire'),
      verb('prove', 'justifier'),
      verb('select', 'sélectionner'),
      verb('update', 'mettre à jour'),
      verb('display', 'afficher'),
      verb('remove', 'retirer'),
    ],
    keywords: [
      ['CEFR', 'CECR'],
      ['A1', 'A1'],
      ['C2', 'C2'],
      ['fluent', 'courant'],
      ['bilingual', 'bilingue'],
      ['native speaker', 'langue maternelle'],
      ['proficiency', 'maîtrise'],
      ['listening', 'compréhension orale'],
      ['writing', 'expression écrite'],
      ['language exam', 'examen de langue'],
      ['IELTS', 'DELF'],
    ],
    facts: [
      [
        'You assess listening, reading, spoken interaction, spoken production and writing separately, because they often differ.',
        'Vous évaluez séparément la compréhension orale, la lecture, l’interaction orale, la production orale et l’écriture, car elles diffèrent souvent.',
      ],
      [
        'Level B2 in {lang} means you can follow most discussions and write clear, detailed texts on many subjects.',
        'Le niveau B2 en {lang} signifie que vous pouvez suivre la plupart des discussions et rédiger des textes clairs et détaillés sur de nombreux sujets.',
      ],
      [
        'A language certificate is not required, but if you have one, add its name, the date and the level obtained.',
        'Un certificat de langue n’est pas obligatoire, mais si vous en avez un, indiquez son nom, sa date et le niveau obtenu.',
      ],
      [
        'The interface is available in {n} languages; changing it does not change the language of your CV.',
        'L’interface est disponible en {n} langues ; la changer ne modifie pas la langue de votre CV.',
      ],
      [
        'Mention language experience too, for example a semester in {city} or a job where you used {lang} every day.',
        'Mentionnez aussi votre expérience des langues, par exemple un semestre à {city} ou un emploi où vous utilisiez le {lang} chaque jour.',
      ],
      [
        'The self-assessment grid describes each level in a few sentences; read the descriptions for the level above and below yours.',
        'La grille d’autoévaluation décrit chaque niveau en quelques phrases ; lisez aussi les descriptions du niveau au-dessus et au-dessous du vôtre.',
      ],
      [
        'You can list as many languages as you want, but employers read the first {n} most carefully.',
        'Vous pouvez indiquer autant de langues que vous le souhaitez, mais les employeurs lisent surtout les {n} premières.',
      ],
      [
        'Sign languages can be added like any other language, with the same levels.',
        'Les langues des signes s’ajoutent comme toute autre langue, avec les mêmes niveaux.',
      ],
    ],
  },
  {
    id: 'mobility',
    title: ['Mobility and studying abroad', 'Mobilité et études à l’étranger'],
    description: [
      'Recording learning and work experiences abroad with Europass Mobility, Erasmus+ exchanges, traineeships and volunteering.',
      'Valorisation des expériences d’apprentissage et de travail à l’étranger avec Europass Mobilité, échanges Erasmus+, stages et volontariat.',
    ],
    intro: [
      'A period abroad, whether studying, training or volunteering, builds skills that employers value. Europass Mobility records them in a standard way.',
      'Un séjour à l’étranger, pour étudier, se former ou faire du volontariat, développe des compétences appréciées des employeurs. Europass Mobilité les décrit de manière standardisée.',
    ],
    section: ['Experiences abroad', 'Expériences à l’étranger'],
    objects: [
      noun('Europass Mobility document', 'document Europass Mobilité', 'm'),
      noun('traineeship', 'stage', 'm'),
      noun('exchange programme', 'programme d’échange', 'm'),
      noun('Erasmus+ grant', 'bourse Erasmus+', 'f'),
      noun('learning agreement', 'contrat pédagogique', 'm'),
      noun('host organisation', 'organisme d’accueil', 'm'),
      noun('volunteering experience', 'expérience de volontariat', 'f'),
      noun('mobility period', 'période de mobilité', 'f'),
      noun('sending institution', 'établissement d’origine', 'm'),
      noun('job offers abroad', 'offres d’emploi à l’étranger', 'fp', false),
    ],
    verbs: [
      verb('find', 'trouver'),
      verb('apply for', 'postuler à'),
      verb('record', 'enregistrer'),
      verb('sign', 'signer'),
      verb('validate', 'valider'),
      verb('extend', 'prolonger'),
      verb('describe', 'décrire'),
      verb('cancel', 'annuler'),
      verb('prepare', 'préparer'),
      verb('request', 'demander'),
    ],
    keywords: [
      ['Erasmus+', 'Erasmus+'],
      ['study abroad', 'étudier à l’étranger'],
      ['internship', 'stage'],
      ['exchange', 'échange'],
      ['European Solidarity Corps', 'Corps européen de solidarité'],
      ['volunteering', 'volontariat'],
      ['EURES', 'EURES'],
      ['work abroad', 'travailler à l’étranger'],
      ['grant', 'bourse'],
      ['apprenticeship', 'apprentissage'],
      ['placement', 'placement'],
    ],
    facts: [
      [
        'The Europass Mobility document is completed by your sending institution and your host organisation in {country}, not by you.',
        'Le document Europass Mobilité est rempli par votre établissement d’origine et par votre organisme d’accueil {inCountry}, et non par vous-même.',
      ],
      [
        'Any organised period abroad can be recorded, from a two-week course to a year-long traineeship as a {occupation}.',
        'Toute période organisée à l’étranger peut être enregistrée, d’un cours de deux semaines à un stage d’un an comme {occupation}.',
      ],
      [
        'The learning agreement must be signed by you, your institution and the host before the mobility period starts.',
        'Le contrat pédagogique doit être signé par vous, votre établissement et l’organisme d’accueil avant le début de la période de mobilité.',
      ],
      [
        'Erasmus+ grants are paid by your home institution; the amount depends on the cost of living in {country}.',
        'Les bourses Erasmus+ sont versées par votre établissement d’origine ; le montant dépend du coût de la vie {inCountry}.',
      ],
      [
        'Skills gained abroad, such as {skill} or working in {lang}, are listed in the document with concrete examples.',
        'Les compétences acquises à l’étranger, comme {skill} ou le travail en {lang}, figurent dans le document avec des exemples concrets.',
      ],
      [
        'EURES, the European job mobility portal, lists vacancies in {city} and across Europe.',
        'EURES, le portail européen sur la mobilité de l’emploi, publie des offres à {city} et dans toute l’Europe.',
      ],
      [
        'Apply at least {weeks} weeks before your departure, as host organisations need time to prepare your stay.',
        'Déposez votre demande au moins {weeks} semaines avant votre départ, car les organismes d’accueil ont besoin de temps pour préparer votre séjour.',
      ],
      [
        'Once issued, the document appears in your library and can be attached to your CV.',
        'Une fois délivré, le document apparaît dans votre bibliothèque et peut être joint à votre CV.',
      ],
    ],
  },
  {
    id: 'privacy',
    title: ['Privacy and data protection', 'Vie privée et protection des données'],
    description: [
      'What personal data Europass keeps, who can see it, cookies, consent, and how to exercise your rights under the GDPR.',
      'Les données personnelles conservées par Europass, qui peut les voir, les cookies, le consentement et l’exercice de vos droits au titre du RGPD.',
    ],
    intro: [
      'You decide what you share. This section explains what is stored, for how long, and how to see, export or erase your personal data.',
      'C’est vous qui décidez de ce que vous partagez. Cette rubrique explique ce qui est conservé, pendant combien de temps, et comment consulter, exporter ou effacer vos données personnelles.',
    ],
    section: ['Privacy', 'Confidentialité'],
    objects: [
      noun('personal data', 'données personnelles', 'fp'),
      noun('cookie preferences', 'préférences en matière de cookies', 'fp'),
      noun('consent', 'consentement', 'm'),
      noun('data export', 'exportation des données', 'f'),
      noun('privacy settings', 'paramètres de confidentialité', 'mp'),
      noun('profile visibility', 'visibilité du profil', 'f', false),
      noun('access request', 'demande d’accès', 'f'),
      noun('data retention period', 'durée de conservation des données', 'f', false),
      noun('newsletter subscription', 'abonnement à la lettre d’information', 'm'),
      noun('third-party access', 'accès des tiers', 'm', false),
    ],
    verbs: [
      verb('manage', 'gérer'),
      verb('download', 'télécharger'),
      verb('withdraw', 'retirer'),
      verb('restrict', 'limiter'),
      verb('delete', 'supprimer'),
      verb('review', 'consulter'),
      verb('change', 'modifier'),
      verb('export', 'exporter'),
      verb('refuse', 'refuser'),
      verb('understand', 'comprendre'),
    ],
    keywords: [
      ['GDPR', 'RGPD'],
      ['data protection', 'protection des données'],
      ['privacy', 'confidentialité'],
      ['cookies', 'cookies'],
      ['right to erasure', 'droit à l’effacement'],
      ['tracking', 'traçage'],
      ['data controller', 'responsable du traitement'],
      ['consent', 'consentement'],
      ['visibility', 'visibilité'],
      ['personal information', 'informations personnelles'],
      ['Data Protection Officer', 'délégué à la protection des données'],
    ],
    facts: [
      [
        'Europass processes personal data under Regulation (EU) 2018/1725, which gives you the same rights as the GDPR.',
        'Europass traite les données personnelles conformément au règlement (UE) 2018/1725, qui vous accorde les mêmes droits que le RGPD.',
      ],
      [
        'Your profile is private by default: employers see only what you send or share with a link.',
        'Votre profil est privé par défaut : les employeurs ne voient que ce que vous envoyez ou partagez par un lien.',
      ],
      [
        'The site uses only functional cookies and anonymous statistics; no advertising cookies are set.',
        'Le site n’utilise que des cookies fonctionnels et des statistiques anonymes ; aucun cookie publicitaire n’est déposé.',
      ],
      [
        'An export contains all your data in {format} format and is ready within {hours} hours.',
        'Une exportation contient toutes vos données au format {format} et est prête dans les {hours} heures.',
      ],
      [
        'You can withdraw your consent at any time; this does not affect processing carried out before.',
        'Vous pouvez retirer votre consentement à tout moment ; cela n’affecte pas les traitements effectués auparavant.',
      ],
      [
        'Questions about your data can be sent to the Data Protection Officer, who answers within {days} days.',
        'Les questions sur vos données peuvent être adressées au délégué à la protection des données, qui répond dans un délai de {days} jours.',
      ],
      [
        'Data is stored on servers located in the European Union and is never sold or passed on for marketing.',
        'Les données sont stockées sur des serveurs situés dans l’Union européenne et ne sont jamais vendues ni cédées à des fins commerciales.',
      ],
      [
        'If you think your rights have been infringed, you can lodge a complaint with the European Data Protection Supervisor.',
        'Si vous estimez que vos droits n’ont pas été respectés, vous pouvez introduire une réclamation auprès du Contrôleur européen de la protection des données.',
      ],
    ],
  },
  {
    id: 'mobile-app',
    title: ['Mobile app', 'Application mobile'],
    description: [
      'Installing and using the EU Login mobile app: QR codes, PIN, notifications, fingerprint and updates.',
      'Installation et utilisation de l’application mobile EU Login : codes QR, code PIN, notifications, empreinte digitale et mises à jour.',
    ],
    intro: [
      'The EU Login mobile app turns your phone into a second authentication factor and lets you approve sign-ins with a tap.',
      'L’application mobile EU Login transforme votre téléphone en second facteur d’authentification et vous permet d’approuver les connexions d’un simple geste.',
    ],
    section: ['Mobile devices', 'Appareils mobiles'],
    objects: [
      noun('mobile app', 'application mobile', 'f', false),
      noun('app update', 'mise à jour de l’application', 'f', false),
      noun('push notifications', 'notifications push', 'fp'),
      noun('QR code', 'code QR', 'm', false),
      noun('fingerprint sign-in', 'connexion par empreinte digitale', 'f'),
      noun('offline mode', 'mode hors ligne', 'm', false),
      noun('app settings', 'réglages de l’application', 'mp'),
      noun('app PIN', 'code PIN de l’application', 'm'),
      noun('app cache', 'cache de l’application', 'm', false),
      noun('face recognition', 'reconnaissance faciale', 'f', false),
    ],
    verbs: [
      verb('install', 'installer'),
      verb('update', 'mettre à jour'),
      verb('uninstall', 'désinstaller'),
      verb('scan', 'scanner'),
      verb('enable', 'activer'),
      verb('disable', 'désactiver'),
      verb('reset', 'réinitialiser'),
      verb('configure', 'configurer'),
      verb('clear', 'vider'),
      verb('synchronise', 'synchroniser'),
    ],
    keywords: [
      ['EU Login app', 'application EU Login'],
      ['QR code', 'code QR'],
      ['smartphone', 'smartphone'],
      ['App Store', 'App Store'],
      ['Google Play', 'Google Play'],
      ['notification', 'notification'],
      ['biometrics', 'biométrie'],
      ['PIN', 'code PIN'],
      ['camera', 'appareil photo'],
      ['new phone', 'nouveau téléphone'],
      ['authenticator app', 'application d’authentification'],
    ],
    facts: [
      [
        'The app is free on the App Store and Google Play and needs {os} or a later version.',
        'L’application est gratuite sur l’App Store et Google Play et nécessite {os} ou une version ultérieure.',
      ],
      [
        'The QR code shown on screen is valid for {minutes} minutes; if it expires, refresh the page to get a new one.',
        'Le code QR affiché à l’écran est valable {minutes} minutes ; s’il expire, actualisez la page pour en obtenir un nouveau.',
      ],
      [
        'Your PIN has four digits and protects the app if someone else uses your phone.',
        'Votre code PIN comporte quatre chiffres et protège l’application si quelqu’un d’autre utilise votre téléphone.',
      ],
      [
        'Push notifications need an internet connection; without one, use the one-time code shown in the app instead.',
        'Les notifications push nécessitent une connexion à internet ; sans connexion, utilisez plutôt le code à usage unique affiché dans l’application.',
      ],
      [
        'When you change phone, install the app on the new one and initialise it again before resetting the old one.',
        'Lorsque vous changez de téléphone, installez l’application sur le nouveau et initialisez-la à nouveau avant de réinitialiser l’ancien.',
      ],
      [
        'Fingerprint and face recognition replace the PIN only on devices where they are set up in the system settings.',
        'L’empreinte digitale et la reconnaissance faciale ne remplacent le code PIN que sur les appareils où elles sont configurées dans les réglages du système.',
      ],
      [
        'If the camera does not read the code, clean the lens and hold the phone about {cm} cm from the screen.',
        'Si l’appareil photo ne lit pas le code, nettoyez l’objectif et tenez le téléphone à environ {cm} cm de l’écran.',
      ],
      [
        'Version {version} of the app fixes several problems with notifications; install updates as soon as they are offered.',
        'La version {version} de l’application corrige plusieurs problèmes de notifications ; installez les mises à jour dès qu’elles sont proposées.',
      ],
    ],
  },
  {
    id: 'devices',
    title: ['Devices and browsers', 'Appareils et navigateurs'],
    description: [
      'Supported browsers and devices, accessibility, screen readers, printing and settings that affect how the site works.',
      'Navigateurs et appareils pris en charge, accessibilité, lecteurs d’écran, impression et réglages qui influencent le fonctionnement du site.',
    ],
    intro: [
      'The site works on computers, tablets and phones with any recent browser. Most display problems come from an outdated browser or a blocked script.',
      'Le site fonctionne sur ordinateur, tablette et téléphone avec tout navigateur récent. La plupart des problèmes d’affichage viennent d’un navigateur obsolète ou d’un script bloqué.',
    ],
    section: ['Settings', 'Paramètres'],
    objects: [
      noun('browser', 'navigateur', 'm'),
      noun('smartphone', 'smartphone', 'm'),
      noun('tablet', 'tablette', 'f'),
      noun('computer', 'ordinateur', 'm'),
      noun('browser cache', 'cache du navigateur', 'm'),
      noun('pop-up blocker', 'bloqueur de fenêtres publicitaires', 'm'),
      noun('screen reader', 'lecteur d’écran', 'm'),
      noun('cookies settings', 'paramètres des cookies', 'mp'),
      noun('operating system', 'système d’exploitation', 'm'),
      noun('printer', 'imprimante', 'f'),
    ],
    verbs: [
      verb('use', 'utiliser'),
      verb('update', 'mettre à jour'),
      verb('configure', 'configurer'),
      verb('clear', 'vider'),
      verb('replace', 'remplacer'),
      verb('connect', 'connecter'),
      verb('restart', 'redémarrer'),
      verb('enable', 'activer'),
      verb('disable', 'désactiver'),
      verb('choose', 'choisir'),
    ],
    keywords: [
      ['browser', 'navigateur'],
      ['Chrome', 'Chrome'],
      ['Firefox', 'Firefox'],
      ['Safari', 'Safari'],
      ['accessibility', 'accessibilité'],
      ['zoom', 'zoom'],
      ['JavaScript', 'JavaScript'],
      ['compatibility', 'compatibilité'],
      ['keyboard navigation', 'navigation au clavier'],
      ['print', 'impression'],
      ['private browsing', 'navigation privée'],
    ],
    facts: [
      [
        'We support the last two versions of {browser} and of the other major browsers.',
        'Nous prenons en charge les deux dernières versions de {browser} et des autres principaux navigateurs.',
      ],
      [
        'The site follows the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA and can be used entirely with the keyboard.',
        'Le site respecte les règles pour l’accessibilité des contenus Web (WCAG) 2.1 au niveau AA et peut être utilisé entièrement au clavier.',
      ],
      [
        'Clearing the cache removes old copies of pages; you may have to sign in again afterwards.',
        'Vider le cache supprime les anciennes copies des pages ; vous devrez peut-être vous reconnecter ensuite.',
      ],
      [
        'Browser extensions that block scripts or advertising can stop buttons from working; try disabling them for this site.',
        'Les extensions de navigateur qui bloquent les scripts ou la publicité peuvent empêcher les boutons de fonctionner ; essayez de ⟨les⟩ désactiver pour ce site.',
      ],
      [
        'On {os}, text size follows the system settings; you can also zoom up to {zoom} % without losing content.',
        'Sous {os}, la taille du texte suit les réglages du système ; vous pouvez aussi zoomer jusqu’à {zoom} % sans perte de contenu.',
      ],
      [
        'Private browsing works, but your preferences are forgotten when you close the window.',
        'La navigation privée fonctionne, mais vos préférences sont oubliées à la fermeture de la fenêtre.',
      ],
      [
        'Screen readers such as NVDA, JAWS and VoiceOver are tested with every release.',
        'Les lecteurs d’écran comme NVDA, JAWS et VoiceOver sont testés à chaque nouvelle version.',
      ],
      [
        'A {device} with a screen narrower than {px} pixels shows the mobile layout, with the menu behind a button.',
        'Un {device} dont l’écran fait moins de {px} pixels de large affiche la version mobile, avec le menu derrière un bouton.',
      ],
    ],
  },
  {
    id: 'errors',
    title: ['Error messages and troubleshooting', 'Messages d’erreur et dépannage'],
    description: [
      'What common error messages mean and what to do when a page does not load, a button does nothing or an upload fails.',
      'Signification des messages d’erreur courants et que faire quand une page ne se charge pas, qu’un bouton ne réagit pas ou qu’un téléversement échoue.',
    ],
    intro: [
      'Most errors are temporary or caused by a setting on your device. The articles below explain the messages you may see and how to solve them.',
      'La plupart des erreurs sont temporaires ou dues à un réglage de votre appareil. Les articles ci-dessous expliquent les messages que vous pouvez rencontrer et comment les résoudre.',
    ],
    section: ['Help', 'Aide'],
    objects: [
      noun('error message', 'message d’erreur', 'm', false),
      noun('blank page', 'page blanche', 'f', false),
      noun('loading problem', 'problème de chargement', 'm', false),
      noun('broken link', 'lien rompu', 'm', false),
      noun('server error', 'erreur du serveur', 'f', false),
      noun('upload failure', 'échec du téléversement', 'm', false),
      noun('expired session', 'session expirée', 'f', false),
      noun('display problem', 'problème d’affichage', 'm', false),
      noun('missing button', 'bouton manquant', 'm', false),
      noun('timeout error', 'erreur de délai d’attente', 'f', false),
    ],
    verbs: [
      verb('fix', 'corriger'),
      verb('report', 'signaler'),
      verb('understand', 'comprendre'),
      verb('avoid', 'éviter'),
      verb('solve', 'résoudre'),
      verb('ignore', 'ignorer'),
      verb('reproduce', 'reproduire'),
      verb('describe', 'décrire'),
      verb('check', 'vérifier'),
      verb('get past', 'contourner'),
    ],
    keywords: [
      ['error', 'erreur'],
      ['bug', 'bogue'],
      ['not working', 'ne fonctionne pas'],
      ['page not found', 'page introuvable'],
      ['404', '404'],
      ['500', '500'],
      ['crash', 'plantage'],
      ['slow', 'lent'],
      ['troubleshooting', 'dépannage'],
      ['outage', 'panne'],
      ['maintenance', 'maintenance'],
    ],
    facts: [
      [
        'The message “{code}” usually means that your session has expired; sign in again and repeat the last step.',
        'Le message « {code} » signifie en général que votre session a expiré ; reconnectez-vous et recommencez la dernière étape.',
      ],
      [
        'Planned maintenance takes place on {weekday} evenings and is announced on the home page {days} days in advance.',
        'La maintenance programmée a lieu le {weekday} soir et est annoncée sur la page d’accueil {days} jours à l’avance.',
      ],
      [
        'A “page not found” error (404) often comes from an old bookmark; start again from the home page.',
        'Une erreur « page introuvable » (404) provient souvent d’un ancien favori ; repartez de la page d’accueil.',
      ],
      [
        'When you report a problem, tell us the time, your browser ({browser}), your device and the exact text of the message.',
        'Lorsque vous signalez un problème, indiquez-nous l’heure, votre navigateur ({browser}), votre appareil et le texte exact du message.',
      ],
      [
        'Sessions end after {idle} minutes without activity, so save your work regularly.',
        'Les sessions se terminent après {idle} minutes d’inactivité : enregistrez donc régulièrement votre travail.',
      ],
      [
        'A slow or unstable connection can interrupt uploads; a wired connection or a better Wi-Fi signal usually helps.',
        'Une connexion lente ou instable peut interrompre les téléversements ; une connexion filaire ou un meilleur signal Wi-Fi aide généralement.',
      ],
      [
        'Corporate networks and firewalls sometimes block parts of the site; ask your IT department to allow the europa.eu domain.',
        'Les réseaux d’entreprise et les pare-feu bloquent parfois certaines parties du site ; demandez à votre service informatique d’autoriser le domaine europa.eu.',
      ],
      [
        'A screenshot of the error, sent with your report, helps our team find the cause much faster.',
        'Une capture d’écran de l’erreur, jointe à votre signalement, aide notre équipe à trouver la cause beaucoup plus vite.',
      ],
    ],
  },
  {
    id: 'applications',
    title: ['Job applications and sharing', 'Candidatures et partage'],
    description: [
      'Applying for jobs and courses with Europass, sharing your profile with employers, tracking applications and job alerts.',
      'Candidatures à des emplois et des formations avec Europass, partage de votre profil avec les employeurs, suivi des candidatures et alertes emploi.',
    ],
    intro: [
      'Europass helps you prepare applications, send them to employers and keep track of them, all from your profile.',
      'Europass vous aide à préparer vos candidatures, à ⟨les⟩ envoyer aux employeurs et à en assurer le suivi, le tout depuis votre profil.',
    ],
    section: ['My applications', 'Mes candidatures'],
    objects: [
      noun('job application', 'candidature', 'f'),
      noun('public profile link', 'lien vers le profil public', 'm'),
      noun('application status', 'statut de la candidature', 'm', false),
      noun('job alert', 'alerte emploi', 'f'),
      noun('skills profile', 'profil de compétences', 'm'),
      noun('digital skills', 'compétences numériques', 'fp'),
      noun('interview invitation', 'invitation à un entretien', 'f'),
      noun('message from a recruiter', 'message d’un recruteur', 'm', false),
      noun('saved job searches', 'recherches d’emploi enregistrées', 'fp'),
      noun('application history', 'historique des candidatures', 'm'),
    ],
    verbs: [
      verb('send', 'envoyer'),
      verb('track', 'suivre'),
      verb('share', 'partager'),
      verb('withdraw', 'retirer'),
      verb('prepare', 'préparer'),
      verb('create', 'créer'),
      verb('receive', 'recevoir'),
      verb('respond to', 'répondre à'),
      verb('stop', 'arrêter'),
      verb('follow up', 'relancer'),
    ],
    keywords: [
      ['employer', 'employeur'],
      ['recruiter', 'recruteur'],
      ['vacancy', 'offre d’emploi'],
      ['job search', 'recherche d’emploi'],
      ['application', 'candidature'],
      ['share profile', 'partager le profil'],
      ['job alert', 'alerte emploi'],
      ['interview', 'entretien'],
      ['digital skills', 'compétences numériques'],
      ['DigComp', 'DigComp'],
      ['career', 'carrière'],
    ],
    facts: [
      [
        'An application groups your CV, a cover letter and any supporting documents from your library.',
        'Une candidature regroupe votre CV, une lettre de motivation et les pièces justificatives de votre bibliothèque.',
      ],
      [
        'Job alerts send you new vacancies for {occupation} in {city} once a day or once a week, as you prefer.',
        'Les alertes emploi vous envoient les nouvelles offres de {occupation} à {city} une fois par jour ou par semaine, selon votre choix.',
      ],
      [
        'A public profile link shows only the sections you select and can be switched off at any time.',
        'Un lien vers le profil public n’affiche que les rubriques que vous sélectionnez et peut être désactivé à tout moment.',
      ],
      [
        'The digital skills test takes about {minutes} minutes and gives you a level for each area of the DigComp framework.',
        'Le test de compétences numériques dure environ {minutes} minutes et vous attribue un niveau pour chaque domaine du cadre DigComp.',
      ],
      [
        'Employers cannot see your other applications or the documents you did not attach.',
        'Les employeurs ne peuvent voir ni vos autres candidatures ni les documents que vous n’avez pas joints.',
      ],
      [
        'The status changes to “Viewed” when the employer opens your application for the first time.',
        'Le statut passe à « Consultée » lorsque l’employeur ouvre votre candidature pour la première fois.',
      ],
      [
        'Applications you have not sent are kept as drafts for {days} days.',
        'Les candidatures non envoyées sont conservées comme brouillons pendant {days} jours.',
      ],
      [
        'Tailor each application: mention the skills the vacancy asks for, such as {skill}, in your cover letter.',
        'Adaptez chaque candidature : citez dans votre lettre de motivation les compétences demandées par l’offre, comme {skill}.',
      ],
    ],
  },
];

/** Contexts appended to questions ("How do I … on my phone?"). */
const contexts: Pair[] = [
  ['on my phone', 'sur mon téléphone'],
  ['from another country', 'depuis un autre pays'],
  ['on a shared computer', 'sur un ordinateur partagé'],
  ['without an EU Login account', 'sans compte EU Login'],
  ['with a screen reader', 'avec un lecteur d’écran'],
  ['in several languages', 'en plusieurs langues'],
  ['after changing my email address', 'après avoir changé mon adresse électronique'],
  ['before my exchange starts', 'avant le début de mon échange'],
  ['for a job application', 'pour une candidature'],
  ['in PDF format', 'au format PDF'],
  ['while travelling abroad', 'pendant un voyage à l’étranger'],
  ['on behalf of someone else', 'pour le compte d’une autre personne'],
  ['after my account was locked', 'après le verrouillage de mon compte'],
  ['with the mobile app', 'avec l’application mobile'],
  ['in {country}', '{inCountry}'],
  ['with {browser}', 'avec {browser}'],
  ['on {os}', 'sous {os}'],
  ['in {lang}', 'en {lang}'],
  ['for an employer in {city}', 'pour un employeur à {city}'],
  ['as a {occupation}', 'en tant que {occupation}'],
  ['on a new {device}', 'sur un nouveau {device}'],
  ['after the last update', 'après la dernière mise à jour'],
  ['without a smartphone', 'sans smartphone'],
  ['at the same time', 'en même temps'],
];

/** Question templates; {ctx} is a context with its leading space, or nothing. */
const questions: Pair[] = [
  ['How do I {act} {my}{ctx}?', 'Comment {act} {my}{ctx} ?'],
  ['Why can’t I {act} {my}{ctx}?', 'Pourquoi ne puis-je pas {act} {my}{ctx} ?'],
  ['Can I {act} {my}{ctx}?', 'Puis-je {act} {my}{ctx} ?'],
  [
    'What should I do if I cannot {act} {my}{ctx}?',
    'Que faire si je ne peux pas {act} {my}{ctx} ?',
  ],
  ['Where can I {act} {my}{ctx}?', 'Où puis-je {act} {my}{ctx} ?'],
  ['Is it possible to {act} {the}{ctx}?', 'Est-il possible de {act} {the}{ctx} ?'],
  [
    'Why do I get an error when I try to {act} {my}{ctx}?',
    'Pourquoi ai-je une erreur quand je essaie de {act} {my}{ctx} ?',
  ],
  [
    'How long does it take to {act} {the}{ctx}?',
    'Combien de temps faut-il pour {act} {the}{ctx} ?',
  ],
  ['Who can {act} {my}{ctx}?', 'Qui peut {act} {my}{ctx} ?'],
  [
    'Do I need an EU Login account to {act} {my}{ctx}?',
    'Ai-je besoin de un compte EU Login pour {act} {my}{ctx} ?',
  ],
  ['How many times can I {act} {my}?', 'Combien de fois puis-je {act} {my} ?'],
  ['What happens to {my} when I {act} {it}?', 'Qu’arrive-t-il à {my} quand je {it} {actFinite} ?'],
];
/** The last question puts a pronoun before the verb: only for one-word verbs without "à". */
const pronounQuestion = questions.length - 1;

const countries: { en: string; fr: string; frIn: string; enIn?: string }[] = [
  { en: 'Austria', fr: 'l’Autriche', frIn: 'en Autriche' },
  { en: 'Belgium', fr: 'la Belgique', frIn: 'en Belgique' },
  { en: 'Bulgaria', fr: 'la Bulgarie', frIn: 'en Bulgarie' },
  { en: 'Croatia', fr: 'la Croatie', frIn: 'en Croatie' },
  { en: 'Cyprus', fr: 'Chypre', frIn: 'à Chypre' },
  { en: 'Czechia', fr: 'la Tchéquie', frIn: 'en Tchéquie' },
  { en: 'Denmark', fr: 'le Danemark', frIn: 'au Danemark' },
  { en: 'Estonia', fr: 'l’Estonie', frIn: 'en Estonie' },
  { en: 'Finland', fr: 'la Finlande', frIn: 'en Finlande' },
  { en: 'France', fr: 'la France', frIn: 'en France' },
  { en: 'Germany', fr: 'l’Allemagne', frIn: 'en Allemagne' },
  { en: 'Greece', fr: 'la Grèce', frIn: 'en Grèce' },
  { en: 'Hungary', fr: 'la Hongrie', frIn: 'en Hongrie' },
  { en: 'Ireland', fr: 'l’Irlande', frIn: 'en Irlande' },
  { en: 'Italy', fr: 'l’Italie', frIn: 'en Italie' },
  { en: 'Latvia', fr: 'la Lettonie', frIn: 'en Lettonie' },
  { en: 'Lithuania', fr: 'la Lituanie', frIn: 'en Lituanie' },
  { en: 'Luxembourg', fr: 'le Luxembourg', frIn: 'au Luxembourg' },
  { en: 'Malta', fr: 'Malte', frIn: 'à Malte' },
  { en: 'the Netherlands', fr: 'les Pays-Bas', frIn: 'aux Pays-Bas' },
  { en: 'Poland', fr: 'la Pologne', frIn: 'en Pologne' },
  { en: 'Portugal', fr: 'le Portugal', frIn: 'au Portugal' },
  { en: 'Romania', fr: 'la Roumanie', frIn: 'en Roumanie' },
  { en: 'Slovakia', fr: 'la Slovaquie', frIn: 'en Slovaquie' },
  { en: 'Slovenia', fr: 'la Slovénie', frIn: 'en Slovénie' },
  { en: 'Spain', fr: 'l’Espagne', frIn: 'en Espagne' },
  { en: 'Sweden', fr: 'la Suède', frIn: 'en Suède' },
  { en: 'Iceland', fr: 'l’Islande', frIn: 'en Islande' },
  { en: 'Norway', fr: 'la Norvège', frIn: 'en Norvège' },
  { en: 'Liechtenstein', fr: 'le Liechtenstein', frIn: 'au Liechtenstein' },
  { en: 'North Macedonia', fr: 'la Macédoine du Nord', frIn: 'en Macédoine du Nord' },
  { en: 'Serbia', fr: 'la Serbie', frIn: 'en Serbie' },
  { en: 'Switzerland', fr: 'la Suisse', frIn: 'en Suisse' },
];

const languages: Pair[] = [
  ['Bulgarian', 'bulgare'],
  ['Croatian', 'croate'],
  ['Czech', 'tchèque'],
  ['Danish', 'danois'],
  ['Dutch', 'néerlandais'],
  ['English', 'anglais'],
  ['Estonian', 'estonien'],
  ['Finnish', 'finnois'],
  ['French', 'français'],
  ['German', 'allemand'],
  ['Greek', 'grec'],
  ['Hungarian', 'hongrois'],
  ['Irish', 'irlandais'],
  ['Italian', 'italien'],
  ['Latvian', 'letton'],
  ['Lithuanian', 'lituanien'],
  ['Maltese', 'maltais'],
  ['Polish', 'polonais'],
  ['Portuguese', 'portugais'],
  ['Romanian', 'roumain'],
  ['Slovak', 'slovaque'],
  ['Slovenian', 'slovène'],
  ['Spanish', 'espagnol'],
  ['Swedish', 'suédois'],
  ['Icelandic', 'islandais'],
  ['Norwegian', 'norvégien'],
  ['Turkish', 'turc'],
  ['Ukrainian', 'ukrainien'],
  ['Arabic', 'arabe'],
];

const cities: Pair[] = [
  ['Lisbon', 'Lisbonne'],
  ['Madrid', 'Madrid'],
  ['Barcelona', 'Barcelone'],
  ['Seville', 'Séville'],
  ['Paris', 'Paris'],
  ['Lyon', 'Lyon'],
  ['Strasbourg', 'Strasbourg'],
  ['Brussels', 'Bruxelles'],
  ['Antwerp', 'Anvers'],
  ['Ghent', 'Gand'],
  ['Amsterdam', 'Amsterdam'],
  ['Rotterdam', 'Rotterdam'],
  ['Berlin', 'Berlin'],
  ['Munich', 'Munich'],
  ['Hamburg', 'Hambourg'],
  ['Vienna', 'Vienne'],
  ['Prague', 'Prague'],
  ['Warsaw', 'Varsovie'],
  ['Kraków', 'Cracovie'],
  ['Budapest', 'Budapest'],
  ['Bratislava', 'Bratislava'],
  ['Ljubljana', 'Ljubljana'],
  ['Zagreb', 'Zagreb'],
  ['Athens', 'Athènes'],
  ['Thessaloniki', 'Thessalonique'],
  ['Rome', 'Rome'],
  ['Milan', 'Milan'],
  ['Naples', 'Naples'],
  ['Dublin', 'Dublin'],
  ['Cork', 'Cork'],
  ['Copenhagen', 'Copenhague'],
  ['Stockholm', 'Stockholm'],
  ['Helsinki', 'Helsinki'],
  ['Tallinn', 'Tallinn'],
  ['Riga', 'Riga'],
  ['Vilnius', 'Vilnius'],
  ['Valletta', 'La Valette'],
  ['Nicosia', 'Nicosie'],
  ['Bucharest', 'Bucarest'],
  ['Sofia', 'Sofia'],
  ['Porto', 'Porto'],
  ['Luxembourg', 'Luxembourg'],
];

const occupations: Pair[] = [
  ['nurse', 'infirmier'],
  ['software developer', 'développeur de logiciels'],
  ['electrician', 'électricien'],
  ['accountant', 'comptable'],
  ['teacher', 'enseignant'],
  ['chef', 'chef cuisinier'],
  ['car mechanic', 'mécanicien automobile'],
  ['graphic designer', 'graphiste'],
  ['pharmacist', 'pharmacien'],
  ['translator', 'traducteur'],
  ['architect', 'architecte'],
  ['civil engineer', 'ingénieur civil'],
  ['carpenter', 'menuisier'],
  ['plumber', 'plombier'],
  ['social worker', 'travailleur social'],
  ['data analyst', 'analyste de données'],
  ['marketing assistant', 'assistant marketing'],
  ['receptionist', 'réceptionniste'],
  ['truck driver', 'chauffeur routier'],
  ['hairdresser', 'coiffeur'],
  ['baker', 'boulanger'],
  ['web designer', 'concepteur web'],
  ['laboratory technician', 'technicien de laboratoire'],
  ['physiotherapist', 'kinésithérapeute'],
  ['journalist', 'journaliste'],
  ['lawyer', 'avocat'],
  ['project manager', 'chef de projet'],
  ['sales representative', 'représentant commercial'],
  ['childcare worker', 'auxiliaire de puériculture'],
  ['tour guide', 'guide touristique'],
  ['farmer', 'agriculteur'],
  ['welder', 'soudeur'],
  ['librarian', 'bibliothécaire'],
  ['researcher', 'chercheur'],
  ['dental assistant', 'assistant dentaire'],
  ['logistics coordinator', 'coordinateur logistique'],
  ['cybersecurity specialist', 'spécialiste en cybersécurité'],
  ['veterinarian', 'vétérinaire'],
  ['waiter', 'serveur'],
  ['midwife', 'sage-femme'],
];

const fields: Pair[] = [
  ['engineering', 'ingénierie'],
  ['nursing', 'soins infirmiers'],
  ['computer science', 'informatique'],
  ['law', 'droit'],
  ['economics', 'économie'],
  ['business administration', 'gestion des entreprises'],
  ['medicine', 'médecine'],
  ['architecture', 'architecture'],
  ['psychology', 'psychologie'],
  ['biology', 'biologie'],
  ['chemistry', 'chimie'],
  ['mathematics', 'mathématiques'],
  ['physics', 'physique'],
  ['history', 'histoire'],
  ['philosophy', 'philosophie'],
  ['tourism', 'tourisme'],
  ['hospitality management', 'hôtellerie'],
  ['agriculture', 'agronomie'],
  ['fine arts', 'beaux-arts'],
  ['education sciences', 'sciences de l’éducation'],
  ['journalism', 'journalisme'],
  ['political science', 'science politique'],
  ['sociology', 'sociologie'],
  ['linguistics', 'linguistique'],
  ['veterinary medicine', 'médecine vétérinaire'],
  ['pharmacy', 'pharmacie'],
  ['environmental science', 'sciences de l’environnement'],
  ['electronics', 'électronique'],
  ['mechanical engineering', 'génie mécanique'],
  ['graphic design', 'design graphique'],
];

const skills: Pair[] = [
  ['teamwork', 'travail en équipe'],
  ['problem solving', 'résolution de problèmes'],
  ['time management', 'gestion du temps'],
  ['public speaking', 'prise de parole en public'],
  ['customer service', 'service à la clientèle'],
  ['project management', 'gestion de projet'],
  ['data analysis', 'analyse de données'],
  ['spreadsheets', 'tableurs'],
  ['web development', 'développement web'],
  ['negotiation', 'négociation'],
  ['team leadership', 'direction d’équipe'],
  ['first aid', 'premiers secours'],
  ['budgeting', 'gestion budgétaire'],
  ['photo editing', 'retouche photo'],
  ['social media management', 'gestion des réseaux sociaux'],
  ['Python programming', 'programmation en Python'],
  ['cloud computing', 'informatique en nuage'],
  ['online safety', 'sécurité en ligne'],
  ['critical thinking', 'esprit critique'],
  ['creativity', 'créativité'],
  ['intercultural communication', 'communication interculturelle'],
  ['report writing', 'rédaction de rapports'],
  ['event planning', 'organisation d’événements'],
  ['stock management', 'gestion des stocks'],
  ['accounting software', 'logiciels de comptabilité'],
  ['video editing', 'montage vidéo'],
  ['sign language', 'langue des signes'],
  ['mentoring', 'tutorat'],
  ['database design', 'conception de bases de données'],
  ['machine maintenance', 'maintenance des machines'],
  ['quality control', 'contrôle qualité'],
  ['digital marketing', 'marketing numérique'],
  ['conflict resolution', 'gestion des conflits'],
  ['research methods', 'méthodes de recherche'],
  ['networking', 'réseautage'],
];

const institutions: Noun[] = [
  noun('university', 'université', 'f'),
  noun('vocational school', 'école professionnelle', 'f'),
  noun('training centre', 'centre de formation', 'm'),
  noun('chamber of commerce', 'chambre de commerce', 'f'),
  noun('national Europass centre', 'centre national Europass', 'm'),
  noun('ministry of education', 'ministère de l’Éducation', 'm'),
  noun('language school', 'école de langues', 'f'),
  noun('awarding body', 'organisme certificateur', 'm'),
  noun('institute of technology', 'institut de technologie', 'm'),
  noun('school of nursing', 'école d’infirmiers', 'f'),
];

const browsers = [
  'Firefox',
  'Chrome',
  'Edge',
  'Safari',
  'Opera',
  'Brave',
  'Vivaldi',
  'Samsung Internet',
];
const systems = [
  'Windows 11',
  'Windows 10',
  'macOS 14',
  'iOS 17',
  'Android 13',
  'Android 14',
  'Ubuntu',
  'ChromeOS',
  'iPadOS 17',
];
const devices: Noun[] = [
  noun('phone', 'téléphone', 'm'),
  noun('laptop', 'ordinateur portable', 'm'),
  noun('desktop computer', 'ordinateur de bureau', 'm'),
  noun('Chromebook', 'Chromebook', 'm'),
  noun('smartphone', 'smartphone', 'm'),
  noun('iPad', 'iPad', 'm'),
];
const formats = ['PDF', 'DOCX', 'ODT', 'XML', 'JPEG', 'PNG', 'HTML', 'TXT', 'RTF', 'JSON'];
const weekdays: Pair[] = [
  ['Monday', 'lundi'],
  ['Tuesday', 'mardi'],
  ['Wednesday', 'mercredi'],
  ['Thursday', 'jeudi'],
  ['Friday', 'vendredi'],
  ['Saturday', 'samedi'],
  ['Sunday', 'dimanche'],
];
const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthsFr = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const buttons: Pair[] = [
  ['Save', 'Enregistrer'],
  ['Continue', 'Continuer'],
  ['Confirm', 'Confirmer'],
  ['Edit', 'Modifier'],
  ['Delete', 'Supprimer'],
  ['Download', 'Télécharger'],
  ['Share', 'Partager'],
  ['Add new', 'Ajouter'],
  ['Export', 'Exporter'],
  ['Send', 'Envoyer'],
  ['Next', 'Suivant'],
  ['Apply changes', 'Appliquer les modifications'],
];

// ---------------------------------------------------------------------------------------
// Answer building blocks
// ---------------------------------------------------------------------------------------

const openings: Pair[] = [
  [
    'You can {act} {your} at any time from the **{section}** section of your profile.',
    'Vous pouvez {act} {your} à tout moment depuis la rubrique **{section}** de votre profil.',
  ],
  [
    '{Act} {your} takes only a few steps, and you do not need to contact us.',
    'Pour {act} {your}, quelques étapes suffisent et vous n’avez pas besoin de nous contacter.',
  ],
  [
    'This usually happens when your session has expired or when a setting on your {device} blocks part of the page.',
    'Cela se produit généralement lorsque votre session a expiré ou qu’un réglage de votre {device} bloque une partie de la page.',
  ],
  [
    'Before {acting} {your}, make sure you are signed in with the account you normally use.',
    'Avant de {act} {your}, vérifiez que vous êtes connecté avec le compte que vous utilisez habituellement.',
  ],
  [
    'Many users ask this question, especially when they use Europass on a {device}.',
    'Beaucoup d’utilisateurs posent cette question, en particulier lorsqu’ils utilisent Europass sur un {device}.',
  ],
  [
    'Only you can {act} {your}: for security reasons, our support team cannot do it for you.',
    'Vous seul pouvez {act} {your} : pour des raisons de sécurité, notre équipe d’assistance ne peut pas le faire à votre place.',
  ],
  [
    'It normally takes less than {minutes} minutes to {act} {the}, and the change is visible immediately.',
    'Il faut normalement moins de {minutes} minutes pour {act} {the}, et la modification est visible immédiatement.',
  ],
  [
    'In most cases you can {act} {your} yourself; a few exceptions are described below.',
    'Dans la plupart des cas, vous pouvez {act} {your} vous-même ; quelques exceptions sont décrites ci-dessous.',
  ],
];

const stepsIntro: Pair[] = [
  ['To {act} {your}:', 'Pour {act} {your} :'],
  ['Follow these steps:', 'Suivez ces étapes :'],
  ['Here is how to do it:', 'Voici comment procéder :'],
  ['To do this:', 'Pour cela :'],
];

const firstSteps: Pair[] = [
  [
    'Sign in to Europass with your EU Login account.',
    'Connectez-vous à Europass avec votre compte EU Login.',
  ],
  ['Open Europass in {browser} and sign in.', 'Ouvrez Europass dans {browser} et connectez-vous.'],
  ['Open the EU Login app on your {device}.', 'Ouvrez l’application EU Login sur votre {device}.'],
];
const navigationSteps: Pair[] = [
  [
    'Open the **{section}** section of your profile.',
    'Ouvrez la rubrique **{section}** de votre profil.',
  ],
  ['Go to **{section}** in the main menu.', 'Accédez à **{section}** dans le menu principal.'],
];
/** Kept in this order when several are used. */
const middleSteps: Pair[] = [
  ['Select {the} you want to {act}.', 'Sélectionnez {the} que vous souhaitez {act}.'],
  [
    'Click **{button}** and follow the instructions on the screen.',
    'Cliquez sur **{button}** et suivez les instructions à l’écran.',
  ],
  [
    'If you use the mobile app, tap the menu icon first.',
    'Si vous utilisez l’application mobile, touchez d’abord l’icône du menu.',
  ],
  [
    'Enter the verification code sent to your email address.',
    'Saisissez le code de vérification envoyé à votre adresse électronique.',
  ],
  [
    'Choose the language of the document, for example {lang}.',
    'Choisissez la langue du document, par exemple le {lang}.',
  ],
];
const lastSteps: Pair[] = [
  [
    'Check the information, then confirm with **{button2}**.',
    'Vérifiez les informations, puis confirmez avec **{button2}**.',
  ],
  [
    'Wait for the confirmation message; it can take up to {minutes} minutes.',
    'Attendez le message de confirmation ; cela peut prendre jusqu’à {minutes} minutes.',
  ],
  [
    'Save your changes before leaving the page.',
    'Enregistrez vos modifications avant de quitter la page.',
  ],
  [
    'Sign out if you are using a shared computer.',
    'Déconnectez-vous si vous utilisez un ordinateur partagé.',
  ],
];

const genericFacts: Pair[] = [
  [
    'The same steps work in the mobile app and in the browser, although some buttons are in the menu on small screens.',
    'Les mêmes étapes fonctionnent dans l’application mobile et dans le navigateur, même si certains boutons se trouvent dans le menu sur les petits écrans.',
  ],
  [
    'If several people in your household use Europass, each of them needs their own account and email address.',
    'Si plusieurs personnes de votre foyer utilisent Europass, chacune a besoin de son propre compte et de sa propre adresse électronique.',
  ],
  [
    'Europass is free of charge and available in {n} languages, including {lang}.',
    'Europass est gratuit et disponible en {n} langues, dont le {lang}.',
  ],
  [
    'The national Europass centre in {country} can also help you in your own language.',
    'Le centre national Europass {inCountry} peut aussi vous aider dans votre langue.',
  ],
  [
    'Changes can take up to {minutes} minutes to appear in the mobile app.',
    'Les modifications peuvent mettre jusqu’à {minutes} minutes à apparaître dans l’application mobile.',
  ],
  [
    'We recommend using an up-to-date browser such as {browser} and keeping {os} updated.',
    'Nous vous recommandons d’utiliser un navigateur à jour comme {browser} et de maintenir {os} à jour.',
  ],
  [
    'This feature was improved on {date}; if you used it before, some screens may look different.',
    'Cette fonctionnalité a été améliorée le {date} ; si vous l’utilisiez auparavant, certains écrans peuvent sembler différents.',
  ],
  [
    'Keep a copy of important documents outside Europass as well, for example on your computer.',
    'Conservez aussi une copie des documents importants en dehors d’Europass, par exemple sur votre ordinateur.',
  ],
  [
    'An employer in {city} or anywhere else in Europe sees exactly the same document as you.',
    'Un employeur à {city} ou ailleurs en Europe voit exactement le même document que vous.',
  ],
  [
    'You will receive an email confirming the change; if you did not make it, change your password straight away.',
    'Vous recevrez un courriel confirmant la modification ; si vous n’en êtes pas l’auteur, changez immédiatement votre mot de passe.',
  ],
  [
    'Careers advisers, for instance at {institution}, can help you decide what to include.',
    'Les conseillers d’orientation, par exemple auprès de {institution}, peuvent vous aider à choisir ce qu’il faut inclure.',
  ],
  [
    'Nothing is shared automatically: you stay in control of what others can see.',
    'Rien n’est partagé automatiquement : vous gardez le contrôle de ce que les autres peuvent voir.',
  ],
  [
    'The error code {code} means the request was refused; note it down if you contact us.',
    'Le code d’erreur {code} signifie que la demande a été refusée ; notez-le si vous nous contactez.',
  ],
  [
    'Around {percent} % of the questions we receive on this subject are solved by signing out and in again.',
    'Environ {percent} % des questions que nous recevons à ce sujet sont résolues en se déconnectant puis en se reconnectant.',
  ],
];

const closings: Pair[] = [
  [
    'If the problem persists, contact us through the [contact form](https://europass.europa.eu/en/contact-us) and describe what you see.',
    'Si le problème persiste, contactez-nous au moyen du [formulaire de contact](https://europass.europa.eu/fr/contact-us) en décrivant ce que vous voyez.',
  ],
  [
    'Still stuck? Our support team answers within {workdays} working days.',
    'Toujours bloqué ? Notre équipe d’assistance répond dans un délai de {workdays} jours ouvrables.',
  ],
  [
    'See also the other questions in this section for related problems.',
    'Consultez aussi les autres questions de cette rubrique pour des problèmes similaires.',
  ],
  [
    'For questions about EU Login itself, see the [EU Login help pages](https://webgate.ec.europa.eu/cas/help.html).',
    'Pour les questions sur EU Login lui-même, consultez les [pages d’aide d’EU Login](https://webgate.ec.europa.eu/cas/help.html).',
  ],
  [
    'Did this answer help you? Tell us with the short survey at the bottom of the page.',
    'Cette réponse vous a-t-elle aidé ? Dites-le-nous grâce au court questionnaire en bas de page.',
  ],
];

const headings: Pair[] = [
  ['Good to know', 'Bon à savoir'],
  ['Before you start', 'Avant de commencer'],
  ['If it does not work', 'Si cela ne fonctionne pas'],
  ['Frequent problems', 'Problèmes fréquents'],
  ['More information', 'Plus d’informations'],
];

const lists: { intro: Pair; items: Pair[] }[] = [
  {
    intro: ['Check the following points:', 'Vérifiez les points suivants :'],
    items: [
      ['your internet connection is working', 'votre connexion à internet fonctionne'],
      ['you are signed in with the right account', 'vous êtes connecté avec le bon compte'],
      ['your browser is up to date', 'votre navigateur est à jour'],
      ['cookies are allowed for europa.eu', 'les cookies sont autorisés pour europa.eu'],
      [
        'the date and time of your device are correct',
        'la date et l’heure de votre appareil sont exactes',
      ],
      [
        'no extension blocks scripts on the page',
        'aucune extension ne bloque les scripts de la page',
      ],
      ['the file is smaller than {size} MB', 'le fichier pèse moins de {size} Mo'],
      [
        'you typed your email address without spaces',
        'vous avez saisi votre adresse électronique sans espaces',
      ],
    ],
  },
  {
    intro: ['The following formats are accepted:', 'Les formats suivants sont acceptés :'],
    items: formats.map((f): Pair => [`${f} files`, `fichiers ${f}`]),
  },
  {
    intro: ['You will need:', 'Vous aurez besoin :'],
    items: [
      [
        'your EU Login email address and password',
        'de votre adresse électronique et de votre mot de passe EU Login',
      ],
      ['a {device} with a camera', 'd’un {device} équipé d’un appareil photo'],
      ['a copy of your diploma', 'd’une copie de votre diplôme'],
      ['about {minutes} minutes', 'd’environ {minutes} minutes'],
      ['access to your mailbox', 'd’un accès à votre boîte aux lettres électronique'],
      ['the name of your {institutionBare}', 'du nom de votre {institutionBare}'],
    ],
  },
  {
    intro: ['This works in particular for:', 'Cela fonctionne notamment pour :'],
    items: [
      ['students in {field}', 'les étudiants en {field}'],
      ['jobseekers registered in {country}', 'les demandeurs d’emploi inscrits {inCountry}'],
      ['workers moving to {city}', 'les travailleurs qui s’installent à {city}'],
      [
        'volunteers with the European Solidarity Corps',
        'les volontaires du Corps européen de solidarité',
      ],
      ['apprentices and trainees', 'les apprentis et les stagiaires'],
      ['teachers and trainers', 'les enseignants et les formateurs'],
      [
        'people returning to work after a break',
        'les personnes qui reprennent le travail après une interruption',
      ],
    ],
  },
  {
    intro: ['Common causes include:', 'Les causes fréquentes sont notamment :'],
    items: [
      ['an expired session', 'une session expirée'],
      ['an outdated version of {browser}', 'une version obsolète de {browser}'],
      ['a pop-up blocker', 'un bloqueur de fenêtres publicitaires'],
      ['a very slow connection', 'une connexion très lente'],
      ['a company firewall', 'un pare-feu d’entreprise'],
      ['the message “{code}” on the previous page', 'le message « {code} » sur la page précédente'],
      ['a document already open in another tab', 'un document déjà ouvert dans un autre onglet'],
    ],
  },
];

// ---------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------

// Vowels, and the few words of ours that start with a mute h ("l’historique", "l’heure").
const elidable = '(?=[aeiouyàâäéèêëîïôöùûüœ]|h(?:istori|eure|ôtel|ébergement))';

function frForms(n: Noun): { the: string; my: string; your: string; bare: string; it: string } {
  const plural = n.g === 'mp' || n.g === 'fp';
  const masc = n.g === 'm' || n.g === 'mp';
  const the = `${plural ? 'les' : masc ? 'le' : 'la'} ${n.fr}`;
  const my = n.own ? `${plural ? 'mes' : masc ? 'mon' : 'ma'} ${n.fr}` : the;
  const your = n.own ? `${plural ? 'vos' : 'votre'} ${n.fr}` : the;
  return { the, my, your, bare: n.fr, it: plural ? '⟨les⟩' : masc ? '⟨le⟩' : '⟨la⟩' };
}

function enForms(n: Noun): { the: string; my: string; your: string; bare: string; it: string } {
  const plural = /s$/.test(n.en) && !/(?:ss|us|sis)$/.test(n.en);
  return {
    the: `the ${n.en}`,
    my: n.own ? `my ${n.en}` : `the ${n.en}`,
    your: n.own ? `your ${n.en}` : `the ${n.en}`,
    bare: n.en,
    it: plural ? 'them' : 'it',
  };
}

/** French elisions and contractions, applied after the slots are filled. */
const notInWord = '(?<![\\p{L}\\p{N}-])';
const frenchFixes: [RegExp, string | ((match: string, word: string) => string)][] = [
  // l’, d’, j’, n’, qu’, s’ before a vowel or a mute h.
  [
    new RegExp(
      `${notInWord}(le|la|de|je|ne|que|se|me|jusque|lorsque|puisque)\\s+${elidable}`,
      'giu',
    ),
    (_m, w) => `${w.slice(0, -1)}’`,
  ],
  [new RegExp(`${notInWord}(si)\\s+(?=ils?(?![\\p{L}]))`, 'giu'), (_m, w) => `${w.slice(0, -1)}’`],
  // ma, ta, sa → mon, ton, son before a vowel.
  [new RegExp(`${notInWord}(ma|ta|sa)\\s+${elidable}`, 'giu'), (_m, w) => `${w.slice(0, 1)}on `],
  // de le → du, de les → des, à le → au, à les → aux (articles only: pronouns are ⟨…⟩).
  [new RegExp(`${notInWord}([dD])e les\\s`, 'gu'), '$1es '],
  [new RegExp(`${notInWord}([dD])e le\\s`, 'gu'), '$1u '],
  [new RegExp(`${notInWord}à les\\s`, 'gu'), 'aux '],
  [new RegExp(`${notInWord}à le\\s`, 'gu'), 'au '],
  // Object pronouns, written ⟨le⟩ ⟨la⟩ ⟨les⟩ in templates so the rules above leave them alone.
  [new RegExp(`⟨(le|la)⟩\\s+${elidable}`, 'giu'), 'l’'],
  [/⟨(le|la|les)⟩/gu, '$1'],
];

function fixFrench(s: string): string {
  let out = s;
  for (const [pattern, replacement] of frenchFixes) {
    // Both overloads of replace, chosen by the replacement's type.
    out =
      typeof replacement === 'string'
        ? out.replace(pattern, replacement)
        : out.replace(pattern, replacement);
  }
  return out;
}

/** English "a" → "an" before a vowel sound (good enough for our own word lists). */
function fixEnglish(s: string): string {
  return s.replace(/\b([Aa]) (?=[aeioAEIO](?!u[a-z])|u(?!s|ni|ro|ti)|EU\b|hour)/g, '$1n ');
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Templates split once into literal text and slot names (odd indexes), then reused. */
const compiled = new Map<string, string[]>();

function fill(template: string, vars: Record<string, string>): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const value = vars[parts[i] as string];
    if (value === undefined) throw new Error(`no value for {${parts[i]}} in "${template}"`);
    out += value + (parts[i + 1] as string);
  }
  return out;
}

const irregularFr: Record<string, string> = {
  mettre: 'mets',
  faire: 'fais',
  obtenir: 'obtiens',
  recevoir: 'reçois',
  décrire: 'décris',
  traduire: 'traduis',
  reproduire: 'reproduis',
  résoudre: 'résous',
  comprendre: 'comprends',
  choisir: 'choisis',
  retirer: 'retire',
  ouvrir: 'ouvre',
  suivre: 'suis',
  répondre: 'réponds',
  vider: 'vide',
  redémarrer: 'redémarre',
  conserver: 'conserve',
  renouveler: 'renouvelle',
  gérer: 'gère',
  envoyer: 'envoie',
  récupérer: 'récupère',
};
/** Conjugates the first verb of a French infinitive phrase for "je" (present tense). */
function frFirstPerson(inf: string): string {
  const [first = '', ...rest] = inf.split(' ');

  let conjugated = irregularFr[first];
  if (!conjugated) {
    if (first.endsWith('er')) conjugated = first.slice(0, -1);
    else if (first.endsWith('ir')) conjugated = `${first.slice(0, -1)}s`;
    else conjugated = first.slice(0, -1);
  }
  return [conjugated, ...rest].join(' ');
}

interface Slots {
  country: (typeof countries)[number];
  lang: Pair;
  city: Pair;
  occupation: Pair;
  field: Pair;
  skill: Pair;
  institution: Noun;
  device: Noun;
  browser: string;
  os: string;
  format: string;
  weekday: Pair;
  button: Pair;
  button2: Pair;
  code: string;
  date: { y: number; m: number; d: number };
  numbers: Record<string, number>;
  version: string;
}

function randomSlots(rng: Rng): Slots {
  const codeStyles = [
    () => `E${int(rng, 1000, 99999)}`,
    () => `EP-${int(rng, 100, 9999)}`,
    () => `HTTP ${pick(rng, [400, 401, 403, 404, 408, 409, 413, 415, 429, 500, 502, 503, 504])}`,
    () =>
      `ERR_${pick(rng, ['SESSION', 'UPLOAD', 'TOKEN', 'QUOTA', 'NETWORK', 'AUTH', 'FORMAT', 'TIMEOUT'])}_${int(rng, 10, 999)}`,
  ];
  return {
    country: pick(rng, countries),
    lang: pick(rng, languages),
    city: pick(rng, cities),
    occupation: pick(rng, occupations),
    field: pick(rng, fields),
    skill: pick(rng, skills),
    institution: pick(rng, institutions),
    device: pick(rng, devices),
    browser: pick(rng, browsers),
    os: pick(rng, systems),
    format: pick(rng, formats),
    weekday: pick(rng, weekdays),
    button: pick(rng, buttons),
    button2: pick(rng, buttons),
    code: pick(rng, codeStyles)(),
    date: { y: int(rng, 2019, 2026), m: int(rng, 0, 11), d: int(rng, 1, 28) },
    numbers: {
      n: int(rng, 3, 24),
      days: pick(rng, [7, 10, 14, 30, 60, 90]),
      hours: pick(rng, [1, 2, 12, 24, 48, 72]),
      minutes: pick(rng, [2, 5, 10, 15, 20, 30]),
      months: pick(rng, [12, 18, 24, 36]),
      weeks: pick(rng, [2, 4, 6, 8, 12]),
      size: pick(rng, [2, 5, 8, 10, 20, 25]),
      gb: pick(rng, [1, 2, 5]),
      chars: pick(rng, [10, 12, 14, 16]),
      dpi: pick(rng, [150, 200, 300, 600]),
      percent: pick(rng, [20, 30, 40, 60, 70]),
      zoom: pick(rng, [200, 300, 400]),
      idle: pick(rng, [15, 20, 30, 60]),
      workdays: pick(rng, [2, 3, 5]),
      cm: pick(rng, [15, 20, 25, 30]),
      px: pick(rng, [480, 600, 768, 1024]),
    },
    version: `${int(rng, 3, 9)}.${int(rng, 0, 20)}`,
  };
}

function varsFor(
  locale: Locale,
  object: Noun,
  action: Verb,
  topic: Topic,
  ctx: string,
  s: Slots,
): Record<string, string> {
  const en = locale === 'en';
  const forms = en ? enForms(object) : frForms(object);
  const inst = en ? enForms(s.institution) : frForms(s.institution);
  const dev = en ? s.device.en : s.device.fr;
  const month = (en ? monthsEn : monthsFr)[s.date.m] as string;
  const vars: Record<string, string> = {
    the: forms.the,
    my: forms.my,
    your: forms.your,
    bare: forms.bare,
    it: forms.it,
    act: en ? action.en : action.fr,
    Act: cap(en ? action.ing : action.fr),
    acting: en ? action.ing : action.fr,
    actFinite: en ? action.en : frFirstPerson(action.fr),
    country: en ? s.country.en : s.country.fr,
    inCountry: en ? `in ${s.country.en}` : s.country.frIn,
    lang: en ? s.lang[0] : s.lang[1],
    city: en ? s.city[0] : s.city[1],
    occupation: en ? s.occupation[0] : s.occupation[1],
    field: en ? s.field[0] : s.field[1],
    skill: en ? s.skill[0] : s.skill[1],
    institution: inst.the,
    institutionBare: inst.bare,
    device: dev,
    browser: s.browser,
    os: s.os,
    format: s.format,
    weekday: en ? s.weekday[0] : s.weekday[1],
    section: en ? topic.section[0] : topic.section[1],
    button: en ? s.button[0] : s.button[1],
    button2: en ? s.button2[0] : s.button2[1],
    code: s.code,
    version: s.version,
    date: en ? `${s.date.d} ${month} ${s.date.y}` : `${s.date.d} ${month} ${s.date.y}`,
    topic: en ? topic.title[0] : topic.title[1],
  };
  for (const [key, value] of Object.entries(s.numbers)) vars[key] = String(value);
  vars.ctx = ctx ? ` ${fill(ctx, vars)}` : '';
  return vars;
}

/** Words of a text: whitespace-separated pieces holding at least one letter or digit. */
function wordCount(s: string): number {
  let count = 0;
  for (const piece of s.split(/\s+/)) if (/[A-Za-z0-9\u00C0-\u024F]/.test(piece)) count++;
  return count;
}

interface Block {
  /** Markdown per locale. */
  md: Pair;
  kind: 'p' | 'list' | 'heading' | 'closing';
}

interface ArticlePlan {
  topic: Topic;
  title: Pair;
  keywords: Pair[];
  blocks: Block[];
  updated: string;
}

function planArticle(rng: Rng, topic: Topic): ArticlePlan {
  const object = pick(rng, topic.objects);
  const action = pick(rng, topic.verbs);
  const ctx = chance(rng, 0.45) ? pick(rng, contexts) : (['', ''] as Pair);
  const slots = randomSlots(rng);
  const vars = {
    en: varsFor('en', object, action, topic, ctx[0], slots),
    fr: varsFor('fr', object, action, topic, ctx[1], slots),
  };
  const render = (pair: Pair, capitalise = true): Pair => {
    const en = fixEnglish(fill(pair[0], vars.en));
    const fr = fixFrench(fill(pair[1], vars.fr));
    return capitalise ? [cap(en), cap(fr)] : [en, fr];
  };
  const oneWordVerb = !action.en.includes(' ') && !action.fr.endsWith(' à');
  const question = pick(rng, oneWordVerb ? questions : questions.slice(0, pronounQuestion));
  const title = render(question);

  const target = int(rng, 60, 250);
  const blocks: Block[] = [];
  const counted = new Map<Block, number>();
  const countOf = (b: Block) => {
    let n = counted.get(b);
    if (n === undefined) counted.set(b, (n = wordCount(b.md[0])));
    return n;
  };
  const words = () => blocks.reduce((sum, b) => sum + countOf(b), 0);

  // Opening paragraph: an answer to the question, sometimes followed by the topic's intro.
  const opening = [render(pick(rng, openings))];
  if (chance(rng, 0.3)) opening.push(render(topic.intro));
  blocks.push({
    kind: 'p',
    md: [opening.map((p) => p[0]).join(' '), opening.map((p) => p[1]).join(' ')],
  });

  if (chance(rng, 0.6)) {
    const inOrder = (list: Pair[], count: number) =>
      sample(rng, list, count).sort((a, b) => list.indexOf(a) - list.indexOf(b));
    const steps = [
      pick(rng, firstSteps),
      pick(rng, navigationSteps),
      ...inOrder(middleSteps, int(rng, 1, 3)),
      ...inOrder(lastSteps, int(rng, 0, 2)),
    ].map((step) => render(step));
    const numbered = chance(rng, 0.5);
    const list = (i: 0 | 1) =>
      steps.map((s, n) => `${numbered ? `${n + 1}.` : '-'} ${s[i]}`).join('\n');
    const intro = render(pick(rng, stepsIntro));
    blocks.push({ kind: 'list', md: [`${intro[0]}\n\n${list(0)}`, `${intro[1]}\n\n${list(1)}`] });
  }

  // The topic's own facts first and more often, mixed with general ones, none twice.
  const own = sample(rng, topic.facts, topic.facts.length);
  const general = sample(rng, genericFacts, genericFacts.length);
  const facts: Pair[] = [];
  while (own.length || general.length) {
    const from = own.length && (!general.length || chance(rng, 0.65)) ? own : general;
    facts.push(from.shift() as Pair);
  }
  let listAdded = false;
  let headingAdded = false;
  while (words() < target && facts.length > 0) {
    if (!headingAdded && blocks.length >= 2 && chance(rng, 0.25)) {
      headingAdded = true;
      const h = pick(rng, headings);
      blocks.push({ kind: 'heading', md: [`## ${h[0]}`, `## ${h[1]}`] });
    }
    if (!listAdded && chance(rng, 0.3)) {
      listAdded = true;
      const kind = pick(rng, lists);
      const items = sample(rng, kind.items, int(rng, 3, 5)).map((item) => render(item, false));
      const intro = render(kind.intro);
      blocks.push({
        kind: 'list',
        md: [
          `${intro[0]}\n\n${items.map((i) => `- ${i[0]}`).join('\n')}`,
          `${intro[1]}\n\n${items.map((i) => `- ${i[1]}`).join('\n')}`,
        ],
      });
      continue;
    }
    const sentences = facts.splice(0, int(rng, 1, 3)).map((f) => render(f));
    blocks.push({
      kind: 'p',
      md: [sentences.map((s) => s[0]).join(' '), sentences.map((s) => s[1]).join(' ')],
    });
  }
  // Stay within 60–250 words (counted in English; French runs a little longer).
  while (words() > 250 && blocks.length > 1) blocks.pop();
  while (blocks.at(-1)?.kind === 'heading') blocks.pop();
  const closing = render(pick(rng, closings));
  if (chance(rng, 0.6) && words() + wordCount(closing[0]) <= 250)
    blocks.push({ kind: 'closing', md: closing });
  if (words() < 60) {
    for (const fact of sample(rng, genericFacts, genericFacts.length)) {
      if (words() >= 60) break;
      blocks.push({ kind: 'p', md: render(fact) });
    }
  }

  const keywordPairs = sample(rng, topic.keywords, int(rng, 2, 6));
  keywordPairs.push([object.en, object.fr]);
  if (chance(rng, 0.5)) keywordPairs.push([action.en, action.fr]);

  const start = Date.UTC(2021, 0, 1);
  const end = Date.UTC(2026, 10, 28);
  const updated = new Date(start + Math.floor(rng() * (end - start))).toISOString().slice(0, 10);
  return { topic, title, keywords: keywordPairs, blocks, updated };
}

// ---------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------

const yamlString = (s: string) => JSON.stringify(s);
/** Each locale with its index in a Pair. */
const sides = [
  ['en', 0],
  ['fr', 1],
] as const;

/** A slug of at most `max` characters, cut at a hyphen. */
function shortSlug(text: string, max = 60): string {
  const slug = slugify(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}

function unique(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

export interface CorpusStats {
  categories: number;
  articlesPerLocale: number;
  words: Record<Locale, { min: number; mean: number; max: number }>;
  files: number;
  ms: number;
}

/**
 * Writes `perLocale` articles per locale, and the categories they belong to, into `dir`
 * (which must be missing or empty). Same seed, same tree.
 */
export function generateCorpus(dir: string, perLocale: number, seed = 1): CorpusStats {
  const t0 = performance.now();
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty: generateCorpus writes into an empty or new folder`);
  }
  const rng = mulberry32(seed);
  const folders = {
    en: {
      categories: path.join(dir, 'en', 'categories'),
      articles: path.join(dir, 'en', 'articles'),
    },
    fr: {
      categories: path.join(dir, 'fr', 'categories'),
      articles: path.join(dir, 'fr', 'articles'),
    },
  };
  for (const f of Object.values(folders)) {
    mkdirSync(f.categories, { recursive: true });
    mkdirSync(f.articles, { recursive: true });
  }
  let files = 0;

  topics.forEach((topic, index) => {
    sides.forEach(([locale, i]) => {
      const slug = slugify(topic.title[i]);
      const raw = topic.intro[i].replace(/\{gb\}/g, '2');
      const intro = locale === 'fr' ? fixFrench(raw) : raw;
      const text = [
        '---',
        `id: ${topic.id}`,
        `title: ${yamlString(topic.title[i])}`,
        `description: ${yamlString(topic.description[i])}`,
        `order: ${index + 1}`,
        '---',
        '',
        intro,
        '',
      ].join('\n');
      writeFileSync(path.join(folders[locale].categories, `${slug}.md`), text);
      files++;
    });
  });

  const slugs = { en: new Set<string>(), fr: new Set<string>() };
  const order = new Map<string, number>();
  const counts = { en: [] as number[], fr: [] as number[] };
  for (let a = 0; a < perLocale; a++) {
    const topic = pick(rng, topics);
    const plan = planArticle(rng, topic);
    const position = (order.get(topic.id) ?? 0) + 1;
    order.set(topic.id, position);
    const id = unique(shortSlug(plan.title[0]), slugs.en);
    const frSlug = unique(shortSlug(plan.title[1]), slugs.fr);
    sides.forEach(([locale, i]) => {
      const body = plan.blocks.map((b) => b.md[i]).join('\n\n');
      counts[locale].push(wordCount(body));
      const text = [
        '---',
        `id: ${id}`,
        `title: ${yamlString(plan.title[i])}`,
        `category: ${topic.id}`,
        `order: ${position}`,
        `keywords: [${[...new Set(plan.keywords.map((k) => k[i]))].map(yamlString).join(', ')}]`,
        `updated: ${plan.updated}`,
        '---',
        '',
        body,
        '',
      ].join('\n');
      const slug = locale === 'en' ? id : frSlug;
      writeFileSync(path.join(folders[locale].articles, `${slug}.md`), text);
      files++;
    });
  }

  const summary = (list: number[]) => ({
    min: Math.min(...list),
    mean: Math.round(list.reduce((s, n) => s + n, 0) / Math.max(1, list.length)),
    max: Math.max(...list),
  });
  return {
    categories: topics.length,
    articlesPerLocale: perLocale,
    words: { en: summary(counts.en), fr: summary(counts.fr) },
    files,
    ms: performance.now() - t0,
  };
}

// ---------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [dir, perLocaleArg = '10000', seedArg = '1'] = process.argv.slice(2);
  const perLocale = Number(perLocaleArg);
  const seed = Number(seedArg);
  if (!dir || !Number.isInteger(perLocale) || perLocale < 1 || !Number.isInteger(seed)) {
    console.error('usage: tsx bench/generate-corpus.ts <dir> [perLocale=10000] [seed=1]');
    process.exit(2);
  }
  const stats = generateCorpus(path.resolve(dir), perLocale, seed);
  const w = (l: Locale) =>
    `${stats.words[l].min}–${stats.words[l].max} (mean ${stats.words[l].mean})`;
  console.log(
    `Wrote ${stats.files} files to ${dir} in ${(stats.ms / 1000).toFixed(2)} s: ` +
      `${stats.categories} categories and ${perLocale} articles per locale; ` +
      `answer words en ${w('en')}, fr ${w('fr')}.`,
  );
}
