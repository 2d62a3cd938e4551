import { ErrorCode, ErrorParams, localise, LocalisedMessages } from './error-catalogue';

/**
 * An expected failure the caller can act on (bad input, not allowed, wrong state). Domain classes throw it;
 * the GraphQL layer turns it into a typed error and the event consumer parks it on the dead-letter topic.
 */
export class DomainError extends Error {
  readonly messages: LocalisedMessages;

  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    const messages = localise(code, params);
    super(messages.en);
    this.name = 'DomainError';
    this.messages = messages;
  }
}

export const notFound = (entity: string, id: string) => new DomainError('NOT_FOUND', { entity, id });
export const forbidden = () => new DomainError('FORBIDDEN');
