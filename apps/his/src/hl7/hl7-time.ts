/**
 * An HL7 TS/DTM value (YYYY[MM[DD[HH[MM[SS[.S…]]]]]][+/-ZZZZ]) as an instant. Without an offset it is the hospital's
 * local time, `defaultOffset` ("+0800" for Beijing time, which has no daylight saving). Null when empty or malformed.
 */
export function parseHl7Time(value: string, defaultOffset = '+0800'): Date | null {
  const match = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.(\d{1,4}))?([+-]\d{4})?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', fraction = '0', offset = defaultOffset] = match;
  const ms = Math.round(Number(`0.${fraction}`) * 1000);
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}.${String(ms).padStart(3, '0')}${offset.slice(0, 3)}:${offset.slice(3)}`;
  const time = new Date(iso);
  // Rejects 20261332 and the like, which Date would otherwise roll over.
  return Number.isNaN(time.getTime()) || Number(month) > 12 || Number(day) > 31 || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59 ? null : time;
}

/** An instant as an HL7 DTM in the given offset, to the second (ACK's MSH-7). */
export function formatHl7Time(time: Date, offset = '+0800'): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  const local = new Date(time.getTime() + minutes * 60_000).toISOString();
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}${local.slice(11, 13)}${local.slice(14, 16)}${local.slice(17, 19)}${offset}`;
}
