/**
 * Reading query parameters defensively: repeated parameters (`q=a&q=b`) give their first
 * value, nested ones (`q[x]=1`) and anything else that is not text are ignored.
 */
export function textParam(value: unknown): string {
  if (Array.isArray(value)) return textParam(value[0]);
  return typeof value === 'string' ? value.replace(/\0/g, '') : '';
}

/** A whole number within [min, max], or the fallback for anything else. */
export function intParam(value: unknown, fallback: number, min: number, max: number): number {
  const text = textParam(value).trim();
  if (!/^\d{1,6}$/.test(text)) return fallback;
  return Math.min(max, Math.max(min, Number(text)));
}
