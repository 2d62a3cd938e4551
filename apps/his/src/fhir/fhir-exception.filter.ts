import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { isDatabaseUnavailable } from '@houqin/platform-database';
import { pickLocale } from '@houqin/platform-errors';
import { JsonLogger } from '@houqin/platform-telemetry';
import type { Request, Response } from 'express';
import { FhirRefusal, operationOutcome } from './operation-outcome';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** Every FHIR answer that is not a success is an OperationOutcome, in the caller's language (Accept-Language). */
export function sendRefusal(request: Request, response: Response, refusal: FhirRefusal): void {
  if (refusal.status === 401) response.setHeader('www-authenticate', 'Bearer');
  response
    .status(refusal.status)
    .type(FHIR_JSON)
    .send(JSON.stringify(operationOutcome(refusal.issues, pickLocale(request.headers['accept-language']))));
}

/**
 * The FHIR routes' errors as OperationOutcomes: a refusal as it says; the store down as 503 (resend later, nothing was
 * half-done); anything else 500, logged without the request's content (it holds the patient's particulars).
 */
@Catch()
export class FhirExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: JsonLogger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    if (error instanceof FhirRefusal) return sendRefusal(http.getRequest(), http.getResponse(), error);
    const unavailable = isDatabaseUnavailable(error);
    this.logger.event('error', 'a FHIR request failed', { error: String(error), unavailable });
    const refusal = unavailable
      ? new FhirRefusal(503, [{ severity: 'error', code: 'transient', message: { code: 'SERVICE_UNAVAILABLE' } }])
      : new FhirRefusal(500, [{ severity: 'fatal', code: 'exception', message: { code: 'INTERNAL' } }]);
    sendRefusal(http.getRequest(), http.getResponse(), refusal);
  }
}
