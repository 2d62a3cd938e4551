/** A message that cannot be read as HL7 v2 at all: answered AR, with no control id to echo when MSH is unreadable. */
export class Hl7ParseError extends Error {}

interface Delimiters {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

/** HL7 v2 (ER7) text: segments of fields, repetitions, components and subcomponents, escapes undone on read. */
export class Hl7Message {
  private constructor(
    readonly delimiters: Delimiters,
    /** Each segment's fields; `fields[0]` is its name and `fields[n]` field n (for MSH too: MSH-1 is the separator). */
    private readonly segments: string[][],
  ) {}

  static parse(text: string): Hl7Message {
    const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim().length > 0);
    const header = lines[0] ?? '';
    if (!header.startsWith('MSH') || header.length < 8) throw new Hl7ParseError('the message does not start with an MSH segment');
    const field = header[3];
    const [component, repetition, escape, subcomponent] = header.slice(4, 8);
    const delimiters = { field, component, repetition, escape, subcomponent };
    if (new Set(Object.values(delimiters)).size !== 5 || /[A-Za-z0-9]/.test(Object.values(delimiters).join(''))) {
      throw new Hl7ParseError('MSH-1 and MSH-2 do not hold five distinct delimiters');
    }
    const segments = lines.map((line, index) => {
      const fields = line.split(field);
      if (!/^[A-Z][A-Z0-9]{2}$/.test(fields[0])) throw new Hl7ParseError(`segment ${index + 1} has no valid name: ${fields[0].slice(0, 3)}`);
      // MSH-1 is the field separator itself, so MSH's fields shift by one against the split.
      return index === 0 ? ['MSH', field, ...fields.slice(1)] : fields;
    });
    return new Hl7Message(delimiters, segments);
  }

  /** Segment names in order (MSH, EVN, PID, PV1, …). */
  get segmentNames(): string[] {
    return this.segments.map((s) => s[0]);
  }

  has(segment: string): boolean {
    return this.segments.some((s) => s[0] === segment);
  }

  /**
   * One value by its position, as "PV1-3.2" or "MSH-9.1" (component, then subcomponent as "PV1-3.2.1"), from the first
   * occurrence of the segment and the first repetition of the field; `repetition` picks another. Empty when absent.
   */
  get(path: string, repetition = 0): string {
    const match = /^([A-Z][A-Z0-9]{2})-(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(path);
    if (!match) throw new Error(`not an HL7 path: ${path}`);
    const [, name, fieldNo, componentNo, subNo] = match;
    const segment = this.segments.find((s) => s[0] === name);
    const raw = segment?.[Number(fieldNo)] ?? '';
    if (name === 'MSH' && Number(fieldNo) <= 2) return raw;
    const d = this.delimiters;
    const value = (raw.split(d.repetition)[repetition] ?? '').split(d.component)[Number(componentNo ?? 1) - 1] ?? '';
    return this.unescape(value.split(d.subcomponent)[Number(subNo ?? 1) - 1] ?? '');
  }

  /** How many repetitions field `path` ("OBX-5") has in the first occurrence of its segment. */
  repetitions(path: string): number {
    const [name, fieldNo] = path.split('-');
    const raw = this.segments.find((s) => s[0] === name)?.[Number(fieldNo)] ?? '';
    return raw ? raw.split(this.delimiters.repetition).length : 0;
  }

  /** Each occurrence of a segment as a message of its own fields, to read repeating segments (OBX) one by one. */
  each(segment: string): Hl7Message[] {
    return this.segments.filter((s) => s[0] === segment).map((s) => new Hl7Message(this.delimiters, [s]));
  }

  /** HL7 escapes (\F\ \S\ \T\ \R\ \E\, \Xhh\, \.br\) undone; formatting escapes dropped. */
  private unescape(value: string): string {
    const e = this.delimiters.escape;
    if (!value.includes(e)) return value;
    const d = this.delimiters;
    const pattern = new RegExp(`${escapeRegExp(e)}([^${escapeRegExp(e)}]*)${escapeRegExp(e)}`, 'g');
    return value.replace(pattern, (_, code: string) => {
      switch (code) {
        case 'F':
          return d.field;
        case 'S':
          return d.component;
        case 'T':
          return d.subcomponent;
        case 'R':
          return d.repetition;
        case 'E':
          return d.escape;
        case '.br':
          return '\n';
        default:
          return /^X([0-9A-Fa-f]{2})+$/.test(code) ? Buffer.from(code.slice(1), 'hex').toString('latin1') : '';
      }
    });
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** Text made safe to put in one HL7 field with the standard delimiters (the escape character first). */
export function escapeHl7(text: string): string {
  return text
    .replace(/\\/g, '\\E\\')
    .replace(/\|/g, '\\F\\')
    .replace(/\^/g, '\\S\\')
    .replace(/&/g, '\\T\\')
    .replace(/~/g, '\\R\\')
    .replace(/[\r\n]+/g, ' ');
}
