import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError, pickLocale } from '@houqin/platform-errors';
import type { Request, Response } from 'express';

const HTTP_STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429 };

/**
 * Hands expected errors (bad input, not allowed, wrong state) straight to GraphQL's error formatting.
 * Without it Nest logs each one as an unexpected exception with a stack trace. The few plain HTTP routes
 * (the repair portal's) answer in the same shape GraphQL errors have: code, both messages, params.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<string>() !== 'http') return error;
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const message = error.messages[pickLocale(request.headers['accept-language'])];
    http
      .getResponse<Response>()
      .status(HTTP_STATUS[error.code] ?? 400)
      .json({ errors: [{ message, extensions: { code: error.code, messages: error.messages, params: error.params } }] });
  }
}
