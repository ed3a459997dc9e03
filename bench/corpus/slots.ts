/**
 * The values an article's templates are filled with: one random draw of every slot per
 * article ({country}, {browser}, {minutes}…), turned into the text for each language.
 */
import { cap, enForms, frFirstPerson, frForms } from './grammar.js';
import { int, pick, type Rng } from './random.js';
import {
  slotValues,
  type Country,
  type Noun,
  type Pair,
  type Topic,
  type Verb,
} from './word-lists.js';
import { itemAt } from '../../src/item-at.js';

// Not the site's list of locales: the data are English/French pairs, so exactly these two.
export type Locale = 'en' | 'fr';

const {
  countries,
  languages,
  cities,
  occupations,
  fields,
  skills,
  institutions,
  devices,
  browsers,
  systems,
  formats,
  weekdays,
  months,
  buttons,
} = slotValues;

/** Templates split once into literal text and slot names (odd indexes), then reused. */
const compiled = new Map<string, string[]>();

export function fill(template: string, vars: Record<string, string>): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = itemAt(parts, 0);
  for (let i = 1; i < parts.length; i += 2) {
    const name = itemAt(parts, i);
    const value = vars[name];
    if (value === undefined) throw new Error(`no value for {${name}} in "${template}"`);
    out += value + itemAt(parts, i + 1);
  }
  return out;
}

/** One article's draw: the same values, whichever language the article is rendered in. */
export interface Slots {
  country: Country;
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

export function randomSlots(rng: Rng): Slots {
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

/** The text of every slot in one language, ready for fill(). */
export function varsFor(
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
  const month = (months[s.date.m] as Pair)[en ? 0 : 1];
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
    date: `${s.date.d} ${month} ${s.date.y}`,
    topic: en ? topic.title[0] : topic.title[1],
  };
  for (const [key, value] of Object.entries(s.numbers)) vars[key] = String(value);
  vars.ctx = ctx ? ` ${fill(ctx, vars)}` : '';
  return vars;
}
