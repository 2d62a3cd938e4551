import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@houqin/platform-errors';

/**
 * Hands expected errors (bad input, not allowed, wrong state) straight to GraphQL's error formatting.
 * Without it Nest logs each one as an unexpected exception with a stack trace.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
