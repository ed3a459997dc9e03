import type { Request } from 'express';

/** A cookie's value as sent, or undefined: cookie-parser types its cookies as `any`. */
export function cookieOf(req: Request, name: string): string | undefined {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[name];
  return typeof value === 'string' ? value : undefined;
}
