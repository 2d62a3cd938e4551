import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JsonLogger } from '@houqin/platform-telemetry';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { HIS_SETTINGS, HisSettings } from '../his-settings';
import { mllpFrame, MllpFramer } from '../hl7/mllp-framer';
import { ReceiveHl7Message } from './receive-hl7-message.use-case';

/**
 * The HIS's door: MLLP over TCP (or TLS). Each connection's messages are received one after another, in the order
 * sent, and each is acknowledged on the same connection once stored. A connection that breaks the framing (a frame
 * past the size limit) is closed; the HIS reconnects and resends what it has no ACK for.
 */
@Injectable()
export class MllpListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: Server;
  private readonly connections = new Map<Socket, Promise<void>>();

  constructor(
    @Inject(HIS_SETTINGS) private readonly settings: HisSettings,
    private readonly logger: JsonLogger,
    private readonly receive: ReceiveHl7Message,
  ) {}

  /** The port it listens on (0 in the settings picks a free one). */
  get port(): number {
    return (this.server?.address() as AddressInfo | null)?.port ?? 0;
  }

  async onApplicationBootstrap(): Promise<void> {
    const tls = this.settings.mllpTls;
    const server = tls
      ? createTlsServer({ cert: tls.cert, key: tls.key, ca: tls.ca, requestCert: Boolean(tls.ca), rejectUnauthorized: Boolean(tls.ca) }, (socket) => this.serve(socket))
      : createServer((socket) => this.serve(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.settings.mllpPort, this.settings.mllpHost, () => resolve());
    });
    this.logger.log(`MLLP listening on ${this.settings.mllpHost}:${this.port}${tls ? ' (TLS)' : ''}`, 'MllpListener');
  }

  /** Stops taking connections, lets each connection's message in hand finish and be acknowledged, then closes them. */
  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.all(
      [...this.connections].map(async ([socket, inHand]) => {
        await inHand;
        socket.end();
      }),
    );
    await closed;
  }

  private serve(socket: Socket): void {
    const framer = new MllpFramer(this.settings.maxMessageBytes);
    this.connections.set(socket, Promise.resolve());
    socket.on('data', (chunk: Buffer) => {
      let messages: Buffer[];
      try {
        messages = framer.push(chunk);
      } catch (error) {
        this.logger.event('warn', 'closing an MLLP connection that broke the framing', { remote: socket.remoteAddress, error: String(error) });
        socket.destroy();
        return;
      }
      for (const raw of messages) {
        const inHand = (this.connections.get(socket) ?? Promise.resolve())
          .then(async () => {
            const ack = await this.receive.execute(raw);
            if (!socket.destroyed) socket.write(mllpFrame(ack));
          })
          // Unexpected: no answer can be trusted, so the connection closes and the HIS resends what it has no ACK for.
          .catch((error: unknown) => {
            this.logger.event('error', 'an HL7 message could not be answered; closing its connection', { error: String(error) });
            socket.destroy();
          });
        this.connections.set(socket, inHand);
      }
    });
    socket.on('error', (error) => this.logger.event('warn', 'MLLP connection error', { remote: socket.remoteAddress, error: String(error) }));
    socket.on('close', () => this.connections.delete(socket));
  }
}
