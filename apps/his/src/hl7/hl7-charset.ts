import iconv from 'iconv-lite';

/**
 * MSH-18 character sets (HL7 table 0211) and the names Chinese HIS products send, with the encoding each maps to.
 * A message without MSH-18 is read in the feed's default (`HIS_DEFAULT_CHARSET`), since many HIS send GBK unlabelled.
 */
const CHARSETS: Record<string, string> = {
  ASCII: 'ascii',
  'UNICODE UTF-8': 'utf8',
  'UTF-8': 'utf8',
  UTF8: 'utf8',
  'GB 18030-2000': 'gb18030',
  GB18030: 'gb18030',
  'GB 18030': 'gb18030',
  GBK: 'gbk',
  GB2312: 'gbk',
  'ISO IR58': 'gbk',
  '8859/1': 'latin1',
};

export class UnsupportedCharset extends Error {
  constructor(readonly declared: string) {
    super(`MSH-18 names a character set this feed does not read: ${declared}`);
  }
}

/** MSH-18's first repetition, read from the header's bytes (field separators are ASCII in every supported set). */
function declaredIn(raw: Buffer, decode: (bytes: Buffer) => string): string {
  // Segments end with CR; some senders (and sample files) use LF.
  const ends = [raw.indexOf(0x0d), raw.indexOf(0x0a)].filter((i) => i >= 0);
  const header = decode(ends.length ? raw.subarray(0, Math.min(...ends)) : raw);
  if (!header.startsWith('MSH') || header.length < 8) return '';
  const fields = header.split(header[3]);
  // fields[0] is "MSH" and fields[1] MSH-2: MSH-n is fields[n - 1].
  const value = fields[17] ?? '';
  return value.split(header[5] ?? '~')[0].trim();
}

/** The character set a message is written in, to read it and to answer it in. */
export class Hl7Charset {
  private constructor(
    /** As MSH-18 says it (echoed in the ACK), empty when the message did not say. */
    readonly declared: string,
    readonly encoding: string,
  ) {}

  /** The feed's default, for a message that did not say or could not be read. */
  static byDefault(encoding: string): Hl7Charset {
    return new Hl7Charset('', encoding);
  }

  static of(raw: Buffer, defaultEncoding: string): Hl7Charset {
    let declared = declaredIn(raw, (bytes) => bytes.toString('latin1'));
    // A GB18030 character's second byte can be "|": a Chinese facility name in MSH-3..17 then shifts the fields
    // when read byte by byte, so look again with GB18030 before giving up on the header.
    if (declared && !(declared.toUpperCase() in CHARSETS)) declared = declaredIn(raw, (bytes) => iconv.decode(bytes, 'gb18030')) || declared;
    if (!declared) return Hl7Charset.byDefault(defaultEncoding);
    const encoding = CHARSETS[declared.toUpperCase()];
    if (!encoding) throw new UnsupportedCharset(declared);
    return new Hl7Charset(declared, encoding);
  }

  decode(raw: Buffer): string {
    return iconv.decode(raw, this.encoding);
  }

  encode(text: string): Buffer {
    return iconv.encode(text, this.encoding);
  }
}

/** Whether iconv-lite reads `encoding` (HIS_DEFAULT_CHARSET is checked at start-up). */
export const isKnownEncoding = (encoding: string) => iconv.encodingExists(encoding);
