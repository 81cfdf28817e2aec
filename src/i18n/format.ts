/** A wait in seconds as words in `locale` ("5 minutes", "30 seconds"), rounded up. */
export function formatWait(seconds: number, locale: string): string {
  const [value, unit] =
    seconds >= 5400
      ? [Math.ceil(seconds / 3600), 'hour']
      : seconds >= 90
        ? [Math.ceil(seconds / 60), 'minute']
        : [Math.max(1, Math.ceil(seconds)), 'second'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
