import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the receiver answers: a status with a JSON or text body, or nothing at all (a provider that stalls). */
export type Answer = { status?: number; json?: unknown; text?: string; headers?: Record<string, string> } | 'hang';
export type Responder = (request: ReceivedRequest) => Answer;

/**
 * A real HTTP server on 127.0.0.1 and a random port standing in for a provider (WeCom, the SMS gateway) in integration
 * and fault tests and benchmarks: it records every request and answers what the test's responder says. `down()` takes it off the
 * network (connections refused) and `up()` brings it back on the same port, as a provider's outage would.
 */
export class TestHttpReceiver {
  readonly requests: ReceivedRequest[] = [];

  private constructor(
    private readonly server: Server,
    public responder: Responder,
    private port = 0,
  ) {}

  static async start(responder: Responder): Promise<TestHttpReceiver> {
    const server = createServer();
    const receiver = new TestHttpReceiver(server, responder);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const request = {
          method: req.method ?? '',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        receiver.requests.push(request);
        const answer = receiver.responder(request);
        if (answer === 'hang') return;
        const body = answer.json !== undefined ? JSON.stringify(answer.json) : (answer.text ?? '');
        const type = answer.json !== undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
        res.writeHead(answer.status ?? 200, { 'content-type': type, ...answer.headers }).end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiver.port = (server.address() as AddressInfo).port;
    return receiver;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Stops listening: connections are refused until `up()`. */
  down(): Promise<void> {
    return this.close();
  }

  /** Listens again on the port it had. */
  async up(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    if (!this.server.listening) return;
    // Stalled exchanges and keep-alive sockets would hold close() open.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
