import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdtRejection, adtTriggerOf, readAdt } from './adt-message';
import '../his.errors';
import { buildAck } from './hl7-ack';
import { Hl7Charset, UnsupportedCharset } from './hl7-charset';
import { Hl7Message, Hl7ParseError } from './hl7-message';
import { receiveHl7 } from './hl7-reception';
import { formatHl7Time, parseHl7Time } from './hl7-time';
import { mllpFrame, MllpFramer, MllpFrameTooLarge } from './mllp-framer';

/** Public sample messages, as their packages ship them (test/samples/README.md names each source and licence). */
const sample = (name: string) => readFileSync(join(__dirname, '..', '..', 'test', 'samples', name));
const READING = { timeOffset: '+0800', precautionObservations: ['ISOLATION'] };

/** A segment from its fields by number, so each value sits where the standard puts it. */
const segment = (name: string, fields: Record<number, string>) =>
  [name, ...Array.from({ length: Math.max(...Object.keys(fields).map(Number)) }, (_, i) => fields[i + 1] ?? '')].join('|');

const a03 = (extra: string[] = [], msh18 = 'UNICODE UTF-8') =>
  [
    `MSH|^~\\&|HIS|东院|HOUQIN|HOUQIN|20261207083000||ADT^A03^ADT_A03|MSG-0001|P|2.5|||AL|NE||${msh18}`,
    'EVN|A03|20261207082500',
    'PID|1||P0001^^^HIS^MR||张三^^^^^^L||19700101|M',
    segment('PV1', { 1: '1', 2: 'I', 3: 'W05^501^1^东院', 10: 'MED', 19: 'V20261201-7', 44: '20261201101500', 45: '20261207082000' }),
    ...extra,
    '',
  ].join('\r');

describe('MLLP framing', () => {
  const framed = (text: string) => mllpFrame(Buffer.from(text));

  it('cuts messages split across reads and several in one read', () => {
    const framer = new MllpFramer(1 << 20);
    const stream = Buffer.concat([framed('MSH|one'), framed('MSH|two'), framed('MSH|three')]);
    const reads = [stream.subarray(0, 5), stream.subarray(5, 13), stream.subarray(13, 14), stream.subarray(14)];
    expect(reads.flatMap((r) => framer.push(r)).map((m) => m.toString())).toEqual(['MSH|one', 'MSH|two', 'MSH|three']);
  });

  it('waits for the CR after FS, and drops bytes between frames', () => {
    const framer = new MllpFramer(1 << 20);
    const frame = framed('MSH|a');
    expect(framer.push(Buffer.concat([Buffer.from('\n'), frame.subarray(0, frame.length - 1)]))).toEqual([]);
    expect(framer.push(Buffer.concat([frame.subarray(frame.length - 1), Buffer.from('\r\n')])).map(String)).toEqual(['MSH|a']);
  });

  it('refuses a frame that grows past the limit with no end', () => {
    const framer = new MllpFramer(10);
    expect(() => framer.push(Buffer.concat([Buffer.of(0x0b), Buffer.alloc(20, 0x41)]))).toThrow(MllpFrameTooLarge);
  });
});

describe('character sets (MSH-18)', () => {
  it('reads GB18030 as MSH-18 declares it, so names and wards survive', () => {
    const raw = iconv.encode(a03([], 'GB 18030-2000'), 'gb18030');
    const charset = Hl7Charset.of(raw, 'utf8');
    expect(charset.encoding).toBe('gb18030');
    const message = Hl7Message.parse(charset.decode(raw));
    expect(message.get('PID-5.1')).toBe('张三');
    expect(message.get('PV1-3.4')).toBe('东院');
    expect(charset.decode(charset.encode('病区'))).toBe('病区');
  });

  it('reads UTF-8, and the default when MSH-18 is empty', () => {
    expect(Hl7Message.parse(Hl7Charset.of(Buffer.from(a03()), 'gbk').decode(Buffer.from(a03()))).get('PID-5.1')).toBe('张三');
    const unlabelled = iconv.encode(a03([], ''), 'gbk');
    const charset = Hl7Charset.of(unlabelled, 'gbk');
    expect([charset.declared, Hl7Message.parse(charset.decode(unlabelled)).get('PID-5.1')]).toEqual(['', '张三']);
  });

  it('reads the header of a message whose segments end with LF (the A04 sample), finding no MSH-18 there', () => {
    const charset = Hl7Charset.of(sample('simple-hl7-adt-a04.hl7'), 'gbk');
    expect([charset.declared, charset.encoding]).toEqual(['', 'gbk']);
  });

  it('refuses a character set it cannot read', () => {
    expect(() => Hl7Charset.of(Buffer.from(a03([], 'ISO IR87')), 'utf8')).toThrow(UnsupportedCharset);
  });
});

describe('HL7 v2 messages', () => {
  it('reads fields, components, repetitions and escapes', () => {
    const m = Hl7Message.parse('MSH|^~\\&|A|B|||20260101||ADT^A08|1|P|2.5\rNTE|1||a\\F\\b\\S\\c\\E\\d~second^x&y');
    expect(m.get('MSH-2')).toBe('^~\\&');
    expect(m.get('MSH-9.2')).toBe('A08');
    expect(m.get('NTE-3.1')).toBe('a|b^c\\d');
    expect(m.get('NTE-3.2', 1)).toBe('x');
    expect(m.get('NTE-3.2.2', 1)).toBe('y');
    expect(m.repetitions('NTE-3')).toBe(2);
    expect(m.get('NTE-9')).toBe('');
  });

  it('refuses text that is not HL7 v2', () => {
    expect(() => Hl7Message.parse('hello')).toThrow(Hl7ParseError);
    expect(() => Hl7Message.parse('MSH|^^^^|x')).toThrow(Hl7ParseError);
    expect(() => Hl7Message.parse('MSH|^~\\&|A\rthis is not a segment')).toThrow(Hl7ParseError);
  });

  it('reads HL7 times with and without an offset', () => {
    expect(parseHl7Time('20261207083000')?.toISOString()).toBe('2026-12-07T00:30:00.000Z');
    expect(parseHl7Time('202612070830-0500')?.toISOString()).toBe('2026-12-07T13:30:00.000Z');
    expect(parseHl7Time('20261207083000.25+0000')?.toISOString()).toBe('2026-12-07T08:30:00.250Z');
    expect(parseHl7Time('20261307')).toBeNull();
    expect(formatHl7Time(new Date('2026-12-07T00:30:00Z'))).toBe('20261207083000+0800');
  });
});

describe('ADT messages', () => {
  it('reads the public A01 sample (hl7-standard) without its patient', () => {
    const adt = readAdt(Hl7Message.parse(sample('hl7-standard-adt-a01.hl7').toString('utf8')), READING);
    expect(adt).toMatchObject({ trigger: 'A01', controlId: '24553', visitNumber: '6090648', place: { ward: 'LDR', room: 'LA1', bed: '01' }, departmentCode: 'LDR' });
    expect(adt.occurredAt.toISOString()).toBe('2007-05-10T01:26:00.000Z');
    expect(JSON.stringify(adt)).not.toMatch(/MotherToBe|Jane|4019060|222335656|Pregnancy/);
  });

  it('reads the public A04 sample (simple-hl7): an outpatient registration with a visit number', () => {
    const adt = readAdt(Hl7Message.parse(sample('simple-hl7-adt-a04.hl7').toString('utf8')), READING);
    expect(adt).toMatchObject({ trigger: 'A04', controlId: '1817457', visitNumber: '2688684', patientClass: 'O' });
    expect(JSON.stringify(adt)).not.toMatch(/DOE|JOHN|0493575|MYSTREET/);
  });

  it('reads a discharge with its times, place and isolation precautions', () => {
    const adt = readAdt(Hl7Message.parse(a03(['OBX|1|CWE|ISOLATION||CONTACT~^接触隔离~AIRBORNE||||||F'])), READING);
    expect(adt).toMatchObject({ trigger: 'A03', visitNumber: 'V20261201-7', place: { ward: 'W05', room: '501', bed: '1' }, departmentCode: 'MED' });
    expect(adt.precautions).toEqual(['AIRBORNE', 'CONTACT']);
    expect(adt.occurredAt.toISOString()).toBe('2026-12-07T00:25:00.000Z');
    expect(adt.dischargedAt?.toISOString()).toBe('2026-12-07T00:20:00.000Z');
  });

  it('rejects what it cannot apply, naming the field', () => {
    const without = (pattern: RegExp, replacement: string) => Hl7Message.parse(a03().replace(pattern, replacement));
    const rejection = (message: Hl7Message) => {
      try {
        readAdt(message, READING);
      } catch (error) {
        return [(error as AdtRejection).hl7Code, (error as AdtRejection).location];
      }
      return null;
    };
    expect(rejection(without(/V20261201-7/, ''))).toEqual([101, 'PV1-19']);
    expect(rejection(without(/20261201101500/, '2026-12-01'))).toEqual([102, 'PV1-44']);
    expect(rejection(without(/\rPV1\|[^\r]*/, ''))).toEqual([100, 'PV1']);
    expect(adtTriggerOf(Hl7Message.parse('MSH|^~\\&|A|B|||20260101||ORU^R01|1|P|2.5'))).toBeNull();
    expect(adtTriggerOf(Hl7Message.parse('MSH|^~\\&|A|B|||20260101||ADT^A31|1|P|2.5'))).toBeNull();
  });
});

describe('acknowledgements', () => {
  const now = new Date('2026-12-07T00:30:05Z');
  it('accepts, echoing the control id, trigger, version and character set', () => {
    const ack = buildAck({ code: 'AA', message: Hl7Message.parse(a03()), controlId: 'ACK-1', now, timeOffset: '+0800' });
    const parsed = Hl7Message.parse(ack);
    expect([parsed.get('MSH-3'), parsed.get('MSH-5'), parsed.get('MSH-9.1'), parsed.get('MSH-9.2'), parsed.get('MSH-12'), parsed.get('MSH-18')]).toEqual([
      'HOUQIN',
      'HIS',
      'ACK',
      'A03',
      '2.5',
      'UNICODE UTF-8',
    ]);
    expect([parsed.get('MSA-1'), parsed.get('MSA-2'), parsed.has('ERR')]).toEqual(['AA', 'MSG-0001', false]);
  });

  it('answers an error with an ERR segment, its text escaped', () => {
    const ack = buildAck({
      code: 'AE',
      message: Hl7Message.parse(a03()),
      error: { hl7Code: 103, location: 'PV1-3', text: '未知病区 W99 | unknown ward W99' },
      controlId: 'ACK-2',
      now,
      timeOffset: '+0800',
    });
    const parsed = Hl7Message.parse(ack);
    expect([parsed.get('MSA-1'), parsed.get('MSA-3'), parsed.get('ERR-3.1'), parsed.get('ERR-2.1'), parsed.get('ERR-4'), parsed.get('ERR-8')]).toEqual([
      'AE',
      '未知病区 W99 | unknown ward W99',
      '103',
      'PV1',
      'E',
      '未知病区 W99 | unknown ward W99',
    ]);
  });

  it('rejects what it could not parse with an empty MSA-2', () => {
    const parsed = Hl7Message.parse(buildAck({ code: 'AR', error: { hl7Code: 100, text: 'no MSH' }, controlId: 'ACK-3', now, timeOffset: '+0800' }));
    expect([parsed.get('MSA-1'), parsed.get('MSA-2')]).toEqual(['AR', '']);
  });
});

describe('receiving a message', () => {
  const receive = (raw: Buffer | string) => receiveHl7(Buffer.from(raw), 'utf8', READING);

  it('accepts an ADT event it applies, with its envelope', () => {
    const reception = receive(a03());
    expect(reception.ack).toEqual({ code: 'AA' });
    expect(reception.envelope).toEqual({ sendingApplication: 'HIS', sendingFacility: '东院', controlId: 'MSG-0001', messageType: 'ADT^A03^ADT_A03', charset: 'UNICODE UTF-8' });
    expect(reception.adt?.visitNumber).toBe('V20261201-7');
  });

  it('acknowledges and ignores what it does not apply', () => {
    const reception = receive(sample('simple-hl7-oru-r01.hl7'));
    expect([reception.ack.code, reception.adt, reception.envelope.messageType]).toEqual(['AA', null, 'ORU^R01']);
  });

  it('answers AE naming the field when an ADT event lacks it, AR when the text or its character set cannot be read', () => {
    expect(receive(a03().replace('V20261201-7', '')).ack).toMatchObject({ code: 'AE', error: { hl7Code: 101, location: 'PV1-19' } });
    expect(receive('hello').ack).toMatchObject({ code: 'AR', error: { hl7Code: 100 } });
    const unreadable = receive(a03([], 'ISO IR87'));
    expect(unreadable.ack).toMatchObject({ code: 'AR', error: { hl7Code: 207, location: 'MSH-18' } });
    expect(unreadable.ack.error?.text).toBe('不支持的字符集（MSH-18）：ISO IR87 (Unsupported character set (MSH-18): ISO IR87)');
  });
});
