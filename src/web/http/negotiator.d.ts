// The part of negotiator 1.x we use. (@types/negotiator describes 0.6, without `preferred`.)
declare module 'negotiator' {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    /** The best of `available` for Accept-Encoding; `preferred` breaks ties in their order. */
    encoding(
      available: readonly string[],
      options?: { preferred?: readonly string[] },
    ): string | undefined;
  }
}
