/**
 * A visitor answering the survey over real HTTP, as a browser without JavaScript would: it
 * keeps its own cookies, opens the form, and posts the hidden fields back with its answers.
 */
import { hiddenField } from './html.js';

export interface SurveyForm {
  token: string;
  submission: string;
}

/** An HTTP answer, body read. */
export interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

export const validAnswers = {
  satisfaction: '4',
  found: 'partly',
  topic: 'eu-login',
  ease: '5',
  improve: 'Clearer steps, please.',
};

export class SurveyVisitor {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly timeoutMs = 10_000) {}

  /** GET /{locale}/survey; throws unless it answers 200 with a form. */
  async openForm(origin: string, locale: 'en' | 'fr' = 'en'): Promise<SurveyForm> {
    const res = await this.request(`${origin}/${locale}/survey`);
    if (res.status !== 200) throw new Error(`GET /${locale}/survey answered ${res.status}`);
    const form = {
      token: hiddenField(res.body, '_csrf'),
      submission: hiddenField(res.body, 'submission'),
    };
    if (!form.token || !form.submission) throw new Error('the survey page has no form');
    return form;
  }

  /** POSTs the form with valid answers; `submission` replaces the form's own id. */
  submit(
    origin: string,
    form: SurveyForm,
    submission = form.submission,
    locale: 'en' | 'fr' = 'en',
  ): Promise<Answer> {
    const body = new URLSearchParams({
      _csrf: form.token,
      submission,
      from: '',
      website: '',
      ...validAnswers,
    });
    return this.request(`${origin}/${locale}/survey`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  /** The Cookie header this visitor sends. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** fetch with this visitor's cookies, no redirect following, and a time limit for it all. */
  async request(url: string, init: RequestInit = {}): Promise<Answer> {
    const cookie = this.cookieHeader();
    // A timer of our own, cleared at the end: the limit covers the body as well as the headers.
    const abort = new AbortController();
    const timer = setTimeout(
      () => abort.abort(new DOMException(`no answer in ${this.timeoutMs} ms`, 'TimeoutError')),
      this.timeoutMs,
    );
    try {
      const res = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
        signal: abort.signal,
      });
      for (const line of res.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const at = pair.indexOf('=');
        if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
      return { status: res.status, headers: res.headers, body: await res.text() };
    } finally {
      clearTimeout(timer);
    }
  }
}
