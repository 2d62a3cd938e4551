/** MLLP, HL7 v2 over TCP: each message travels as <VT> message <FS><CR>. */
export const VT = 0x0b;
export const FS = 0x1c;
export const CR = 0x0d;

export class MllpFrameTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`an MLLP frame grew past ${maxBytes} bytes without its end`);
  }
}

/** A message as MLLP sends it. */
export function mllpFrame(message: Buffer): Buffer {
  return Buffer.concat([Buffer.of(VT), message, Buffer.of(FS, CR)]);
}

/**
 * Cuts a TCP stream into messages, whatever the packets: a message split across several reads, several messages in
 * one read, or both. Bytes outside a frame (a sender's stray newline between frames) are dropped. A frame that grows
 * past `maxMessageBytes` with no end is refused, so a broken sender cannot fill the memory.
 */
export class MllpFramer {
  private pending: Buffer = Buffer.alloc(0);

  constructor(private readonly maxMessageBytes: number) {}

  /** Takes the bytes of one read; returns the messages they complete, in order. */
  push(chunk: Buffer): Buffer[] {
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const messages: Buffer[] = [];
    for (;;) {
      const start = data.indexOf(VT);
      if (start < 0) {
        data = Buffer.alloc(0);
        break;
      }
      const end = data.indexOf(FS, start + 1);
      // The end is FS then CR; an FS that is the last byte read waits for its CR.
      if (end < 0 || end === data.length - 1) {
        data = data.subarray(start);
        break;
      }
      messages.push(Buffer.from(data.subarray(start + 1, end)));
      data = data.subarray(data[end + 1] === CR ? end + 2 : end + 1);
    }
    if (data.length > this.maxMessageBytes + 2) {
      this.pending = Buffer.alloc(0);
      throw new MllpFrameTooLarge(this.maxMessageBytes);
    }
    this.pending = Buffer.from(data);
    return messages;
  }
}
