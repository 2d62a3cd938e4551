import { CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
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
