import { Body, Controller, Get, Header, HttpCode, Post } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpenPortalSession } from './open-portal-session.use-case';

const page = (name: string) => readFileSync(join(__dirname, 'page', name), 'utf8');
const SCAN_HTML = page('scan.html');
const SCAN_JS = page('scan.js');
/** The page loads only its own script and talks only to its own origin (the gateway). */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The repair portal's public side, reached through the gateway at /portal (no login: the label's code is the
 * credential). Everything after the session is GraphQL through the gateway with the portal token.
 */
@Controller('portal')
export class PortalController {
  constructor(private readonly openSession: OpenPortalSession) {}

  /** What a scanned QR code opens; the code stays in the address, so the same link shows the follow-up later. */
  @Get('r/:code')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @Header('content-security-policy', CSP)
  @Header('x-content-type-options', 'nosniff')
  @Header('referrer-policy', 'no-referrer')
  scanPage(): string {
    return SCAN_HTML;
  }

  @Get('scan.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  @Header('x-content-type-options', 'nosniff')
  scanScript(): string {
    return SCAN_JS;
  }

  @Post('sessions')
  @HttpCode(201)
  @Header('cache-control', 'no-store')
  async session(@Body() body: { code?: unknown }): Promise<{ token: string; expiresAt: string }> {
    const session = await this.openSession.execute(typeof body?.code === 'string' ? body.code : '');
    return { token: session.token, expiresAt: session.expiresAt.toISOString() };
  }
}
