import { connect, Socket } from 'node:net';
import { mllpFrame, MllpFramer } from './mllp-framer';

/** One MLLP connection that sends a message and waits for its acknowledgement (the demo seed, the benchmark). */
export class MllpClient {
  private readonly framer = new MllpFramer(1 << 20);
  private readonly waiting: ((ack: Buffer) => void)[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const ack of this.framer.push(chunk)) this.waiting.shift()?.(ack);
    });
  }

  static async connect(port: number, host = '127.0.0.1'): Promise<MllpClient> {
    const socket = connect(port, host);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('error', reject);
    });
    return new MllpClient(socket);
  }

  /** Sends one message; resolves to its acknowledgement (answers come in the order messages were sent). */
  send(message: string | Buffer): Promise<Buffer> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.socket.write(mllpFrame(Buffer.from(message)));
    });
  }

  close(): void {
    this.socket.end();
  }
}
