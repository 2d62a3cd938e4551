import { CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata, Type } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { GqlExecutionContext, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';

export const ROLES_KEY = 'houqin:roles';

/** Declares who may call a query or mutation. Every operation must carry it: the guard denies by default. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface RequestContext {
  identity: Identity | null;
  locale?: string;
}

export function identityOf(ctx: ExecutionContext): Identity | null {
  return GqlExecutionContext.create(ctx).getContext<RequestContext>().identity ?? null;
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    if (ctx.getType<string>() !== 'graphql') return true;
    const identity = identityOf(ctx);
    if (!identity) throw new DomainError('UNAUTHENTICATED');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!roles || !hasAnyRole(identity, roles)) throw new DomainError('FORBIDDEN');
    return true;
  }
}

/** The verified caller of the current operation. */
export const CurrentIdentity = createParamDecorator((_: unknown, ctx: ExecutionContext): Identity => {
  const identity = identityOf(ctx);
  if (!identity) throw new DomainError('UNAUTHENTICATED');
  return identity;
});

/** A root operation and the roles its `@Roles` admits (docs/roles.md lists them by role). */
export interface OperationRoles {
  operation: string;
  roles: Role[];
}

/** The queries and mutations among a module's resolvers, with the roles each admits, read from their decorators. */
export function operationRoles(discovery: DiscoveryService): OperationRoles[] {
  const found = new Map<string, Role[]>();
  for (const { instance } of discovery.getProviders()) {
    if (!instance || typeof instance !== 'object') continue;
    const type = (instance as object).constructor as Type<unknown>;
    const prototype = type.prototype as object;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      // The descriptor, not the property: reading a getter of a framework class would run it.
      const handler = Object.getOwnPropertyDescriptor(prototype, method)?.value as unknown;
      if (typeof handler !== 'function') continue;
      const root = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as unknown;
      if (root !== 'Query' && root !== 'Mutation') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      const roles = (Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, type) ?? []) as Role[];
      found.set(`${root}.${name}`, roles);
    }
  }
  return [...found].map(([operation, roles]) => ({ operation, roles })).sort((a, b) => a.operation.localeCompare(b.operation));
}
