import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { HIS_SETTINGS, HisSettings } from '../his-settings';
import { sendRefusal } from './fhir-exception.filter';
import { FhirRefusal } from './operation-outcome';

/**
 * Reads `application/fhir+json` bodies (the service's own parser reads `application/json` only). A body that is not
 * JSON, or larger than HIS_MAX_MESSAGE_KB, is refused with an OperationOutcome before any route runs.
 */
@Injectable()
export class FhirBodyMiddleware implements NestMiddleware {
  private readonly parse: ReturnType<typeof express.json>;

  constructor(@Inject(HIS_SETTINGS) settings: HisSettings) {
    this.parse = express.json({ type: ['application/fhir+json'], limit: settings.maxMessageBytes });
  }

  use(request: Request, response: Response, next: NextFunction): void {
    this.parse(request, response, (error?: { status?: number; message?: string }) => {
      if (!error) return next();
      const tooLarge = error.status === 413;
      const detail = tooLarge ? `the body is over ${Math.round(Number(request.headers['content-length'] ?? 0) / 1024)} KB` : 'the body is not JSON';
      sendRefusal(
        request,
        response,
        new FhirRefusal(tooLarge ? 413 : 400, [
          { severity: 'error', code: tooLarge ? 'too-costly' : 'structure', message: { code: 'FHIR_INVALID', params: { detail } }, diagnostics: error.message },
        ]),
      );
    });
  }
}
