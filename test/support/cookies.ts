import type { Response } from 'supertest';

/** The response's Set-Cookie headers: Node gives a list, which supertest types as one string. */
export function setCookieHeaders(res: Response): string[] {
  const headers: unknown = res.headers['set-cookie'];
  return Array.isArray(headers) ? headers.map(String) : [];
}

/** The Set-Cookie header for one cookie name, attributes included. */
export function cookie(res: Response, name: string): string | undefined {
  return setCookieHeaders(res).find((header) => header.startsWith(`${name}=`));
}
