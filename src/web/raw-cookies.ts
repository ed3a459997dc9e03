/**
 * A cookie's value read straight from the Cookie header, for answers given before
 * cookie-parser runs: the value when the header names the cookie once, plainly
 * (`name=value`); undefined when it is absent; null when unclear (repeated, spaced, quoted
 * or encoded), in which case the app, with cookie-parser, must decide.
 */
export function cookieValue(header: string, name: string): string | undefined | null {
  const at = header.indexOf(`${name}=`);
  if (at === -1) return header.includes(name) ? null : undefined;
  if (header.indexOf(name) !== at || header.indexOf(name, at + 1) !== -1) return null;
  if (at > 0 && !/;\s?$/.test(header.slice(at - 2, at))) return null;
  const end = header.indexOf(';', at);
  const value = header.slice(at + name.length + 1, end === -1 ? undefined : end);
  return /^[\w-]*$/.test(value) ? value : null;
}
