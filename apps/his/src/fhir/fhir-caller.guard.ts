import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Identity, UserTokenVerifier } from '@houqin/platform-auth';
import type { Request } from 'express';
import { HIS_SETTINGS, HisSettings } from '../his-settings';
import { FEED_WATCHERS } from '../his.roles';
import { FhirRefusal } from './operation-outcome';

export type FhirRequest = Request & { identity?: Identity };

/**
 * The HIS calls the FHIR endpoint itself (no gateway in between, as over MLLP), so the his service verifies its bearer
 * token as the gateway verifies users': a token of the hospital IdP (HIS_FHIR_AUTH_*), for the HIS's account, with a role
 * of group IT. No token, or a forged, expired or foreign one: 401; another role: 403.
 */
@Injectable()
export class FhirCallerGuard implements CanActivate {
  private readonly verifier: UserTokenVerifier | null;

  constructor(@Inject(HIS_SETTINGS) settings: HisSettings) {
    this.verifier = settings.fhirAuth ? new UserTokenVerifier(settings.fhirAuth) : null;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FhirRequest>();
    const identity = this.verifier ? await this.verifier.verify(request.headers.authorization) : null;
    if (!identity) throw new FhirRefusal(401, [{ severity: 'error', code: 'login', message: { code: 'UNAUTHENTICATED' } }]);
    if (!identity.roles.some((role) => FEED_WATCHERS.includes(role)))
      throw new FhirRefusal(403, [{ severity: 'error', code: 'forbidden', message: { code: 'FORBIDDEN' } }]);
    request.identity = identity;
    return true;
  }
}
