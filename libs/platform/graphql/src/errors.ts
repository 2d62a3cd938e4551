import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode, localise, Locale, LocalisedMessages, pickLocale } from '@houqin/platform-errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { tokenLimitError } from './query-limits';

/** Apollo's own codes for malformed requests, all reported as our INVALID_INPUT. */
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function domainGraphQLError(error: DomainError, httpStatus?: number, acceptLanguage?: string): GraphQLError {
  // Errors raised before a request runs (the gateway's authentication) get no localisation plugin: pick here.
  return new GraphQLError(error.messages[pickLocale(acceptLanguage)], {
    extensions: { code: error.code, messages: error.messages, params: error.params, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
  });
}

/**
 * Maps every error to a code of the shared catalogue with zh-CN and en messages; `transient` names the code of a
 * passing failure (a dependency that did not answer); other unexpected errors become INTERNAL without details (they are
 * logged, never shown).
 */
export function formatError(onUnexpected: (error: unknown) => void, transient: (error: unknown) => ErrorCode | null = () => null) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.messages.en,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code, messages: original.messages, params: original.params },
      };
    }
    const code = formatted.extensions?.code;
    const tooLong = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitError(formatted.message) : null;
    if (tooLong) return { message: tooLong.messages.en, extensions: { code: tooLong.code, messages: tooLong.messages, params: tooLong.params } };
    if (typeof code === 'string' && APOLLO_INPUT_CODES.has(code)) {
      const messages = localise('INVALID_INPUT', { detail: formatted.message });
      return { message: messages.en, locations: formatted.locations, path: formatted.path, extensions: { code: 'INVALID_INPUT', messages } };
    }
    // A subgraph's error arrives at the gateway already typed and translated; its code may be the service's own.
    if (typeof code === 'string' && isLocalisedMessages(formatted.extensions?.messages)) {
      return {
        message: formatted.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code, messages: formatted.extensions.messages, params: formatted.extensions.params },
      };
    }
    const retryable = transient(original);
    if (retryable) {
      const messages = localise(retryable);
      return { message: messages.en, path: formatted.path, extensions: { code: retryable, messages } };
    }
    onUnexpected(original);
    const messages = localise('INTERNAL');
    return { message: messages.en, path: formatted.path, extensions: { code: 'INTERNAL', messages } };
  };
}

function isLocalisedMessages(value: unknown): value is LocalisedMessages {
  const messages = value as Partial<LocalisedMessages> | undefined;
  return typeof messages?.['zh-CN'] === 'string' && typeof messages.en === 'string';
}

/** Puts each error's message in the caller's language (Accept-Language; zh-CN by default). */
export function localisationPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const locale: Locale = pickLocale(request.http?.headers.get('accept-language'));
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
            const messages = e.extensions?.messages as LocalisedMessages | undefined;
            return messages?.[locale] ? { ...e, message: messages[locale] } : e;
          });
        },
      };
    },
  };
}
