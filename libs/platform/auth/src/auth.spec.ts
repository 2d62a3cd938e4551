import {
  CampusScope,
  generateKeyPairJwk,
  Identity,
  IdentityTokenSigner,
  IdentityTokenVerifier,
  isPortalToken,
  LocalIssuer,
  PortalTokenSigner,
  PortalTokenVerifier,
  GROUP_WIDE_ROLES,
  isRole,
  Role,
  ROLE_CATALOGUE,
  STAFF_ROLES,
  UserTokenVerifier,
} from './index';

const EAST = '0196a1e0-0001-7000-8000-000000001000';
const WEST = '0196a1e0-0001-7000-8000-000000002000';
const eastNurse: Identity = { subject: 'u1', staffId: null, name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };

describe('campus scope', () => {
  it('limits campus roles to their campuses and lets group roles see all', () => {
    expect(CampusScope.of(eastNurse).filter()).toEqual([EAST]);
    expect(CampusScope.of(eastNurse).allows(WEST)).toBe(false);
    expect(CampusScope.of({ ...eastNurse, roles: [Role.ANALYST], campusIds: [] }).filter()).toBeNull();
    expect(CampusScope.of({ ...eastNurse, roles: [Role.GROUP_ADMIN] }).allows(WEST)).toBe(true);
  });
});

describe('tokens', () => {
  it('verifies gateway identity tokens and refuses forged or foreign ones', async () => {
    const gateway = await generateKeyPairJwk('gw');
    const impostor = await generateKeyPairJwk('gw');
    const token = await new IdentityTokenSigner(gateway.privateJwk).sign(eastNurse);
    const verifier = new IdentityTokenVerifier(gateway.publicJwk);
    expect(await verifier.verify(token)).toEqual(eastNurse);
    expect(await verifier.verify(await new IdentityTokenSigner(impostor.privateJwk).sign(eastNurse))).toBeNull();
    expect(await verifier.verify(`${token.slice(0, -4)}AAAA`)).toBeNull();
    expect(await verifier.verify(undefined)).toBeNull();
    // Campus ids are uuids; anything else is a malformed identity, refused rather than queried with.
    expect(await verifier.verify(await new IdentityTokenSigner(gateway.privateJwk).sign({ ...eastNurse, campusIds: ['east'] }))).toBeNull();
  });

  it('verifies user tokens from the issuer with the right audience only', async () => {
    const keys = await generateKeyPairJwk('idp');
    const token = await new LocalIssuer(keys.privateJwk, 'idp', 'houqin').issue(eastNurse);
    expect(await new UserTokenVerifier({ issuer: 'idp', audience: 'houqin', publicJwk: keys.publicJwk }).verify(`Bearer ${token}`)).toEqual(eastNurse);
    expect(await new UserTokenVerifier({ issuer: 'idp', audience: 'other', publicJwk: keys.publicJwk }).verify(`Bearer ${token}`)).toBeNull();
    expect(await new UserTokenVerifier({ issuer: 'idp', audience: 'houqin', publicJwk: keys.publicJwk }).verify(token)).toBeNull();
  });

  it('drops the portal role from a user token that claims it: only a scanned label grants it', async () => {
    const keys = await generateKeyPairJwk('idp');
    const verifier = new UserTokenVerifier({ issuer: 'idp', audience: 'houqin', publicJwk: keys.publicJwk });
    const token = await new LocalIssuer(keys.privateJwk, 'idp', 'houqin').issue({ ...eastNurse, roles: [Role.PORTAL_REPORTER] });
    expect((await verifier.verify(`Bearer ${token}`))?.roles).toEqual([]);
    expect(STAFF_ROLES).not.toContain(Role.PORTAL_REPORTER);
  });
});

describe('the role catalogue', () => {
  it("holds the platform's roles and every service's, with their reach", () => {
    const names = ROLE_CATALOGUE.map((role) => role.name);
    expect(names).toEqual(expect.arrayContaining(['GROUP_ADMIN', 'CAMPUS_ADMIN', 'PORTAL_REPORTER', 'TECHNICIAN', 'DISPATCHER', 'STOREKEEPER', 'PURCHASER']));
    expect(STAFF_ROLES).toEqual(names.filter((name) => name !== 'PORTAL_REPORTER'));
    expect([...GROUP_WIDE_ROLES].sort()).toEqual([Role.ANALYST, Role.GROUP_ADMIN]);
    expect(isRole('TECHNICIAN')).toBe(true);
    expect(isRole('HIS_NURSE')).toBe(false);
  });

  it('drops the roles of other systems from a user token; one left with none of ours names a user without roles', async () => {
    const keys = await generateKeyPairJwk('idp');
    const issuer = new LocalIssuer(keys.privateJwk, 'idp', 'houqin');
    const verifier = new UserTokenVerifier({ issuer: 'idp', audience: 'houqin', publicJwk: keys.publicJwk });
    const mixed = await issuer.issue({ ...eastNurse, roles: ['HIS_NURSE' as Role, Role.REQUESTER] });
    expect((await verifier.verify(`Bearer ${mixed}`))?.roles).toEqual([Role.REQUESTER]);
    const foreign = await issuer.issue({ ...eastNurse, roles: ['HIS_NURSE' as Role] });
    expect(await verifier.verify(`Bearer ${foreign}`)).toMatchObject({ subject: eastNurse.subject, roles: [] });
    const forged = await new LocalIssuer((await generateKeyPairJwk('other')).privateJwk, 'idp', 'houqin').issue(eastNurse);
    expect(await verifier.verify(`Bearer ${forged}`)).toBeNull();
  });
});

describe('portal sessions', () => {
  const session = { sessionId: '0196a1e0-0001-7000-8000-00000000a001', campusId: EAST, labelId: '0196a1e0-0001-7000-8000-00000000b001' };

  it('become a PORTAL_REPORTER identity on the label campus, carried through the gateway identity token', async () => {
    const portal = await generateKeyPairJwk('portal');
    const { token, expiresAt } = await new PortalTokenSigner(portal.privateJwk).sign(session, new Date('2026-11-23T08:00:00Z'), 1800);
    expect(expiresAt.toISOString()).toBe('2026-11-23T08:30:00.000Z');
    expect(isPortalToken(token)).toBe(true);
    const fresh = await new PortalTokenSigner(portal.privateJwk).sign(session);
    const check = await new PortalTokenVerifier(portal.publicJwk).verify(fresh.token);
    expect(check).toEqual({
      status: 'valid',
      identity: {
        subject: `portal:${session.sessionId}`,
        staffId: null,
        name: '扫码报修',
        roles: [Role.PORTAL_REPORTER],
        campusIds: [EAST],
        portalLabelId: session.labelId,
      },
    });
    const gateway = await generateKeyPairJwk('gw');
    const identity = (check as { identity: Identity }).identity;
    expect(await new IdentityTokenVerifier(gateway.publicJwk).verify(await new IdentityTokenSigner(gateway.privateJwk).sign(identity))).toEqual(identity);
  });

  it('tells an expired session from a forged or foreign token', async () => {
    const portal = await generateKeyPairJwk('portal');
    const impostor = await generateKeyPairJwk('portal');
    const verifier = new PortalTokenVerifier(portal.publicJwk);
    const expired = await new PortalTokenSigner(portal.privateJwk).sign(session, new Date(Date.now() - 3600_000), 1800);
    expect(await verifier.verify(expired.token)).toEqual({ status: 'expired' });
    // An impostor's expired token is forged, not expired: the signature is checked before the time.
    const forgedExpired = await new PortalTokenSigner(impostor.privateJwk).sign(session, new Date(Date.now() - 3600_000), 1800);
    expect(await verifier.verify(forgedExpired.token)).toEqual({ status: 'invalid' });
    expect(await verifier.verify((await new PortalTokenSigner(impostor.privateJwk).sign(session)).token)).toEqual({ status: 'invalid' });
    expect(await verifier.verify('not-a-token')).toEqual({ status: 'invalid' });
    const user = await generateKeyPairJwk('idp');
    const userToken = await new LocalIssuer(user.privateJwk, 'idp', 'houqin').issue(eastNurse);
    expect(isPortalToken(userToken)).toBe(false);
    expect(await verifier.verify(userToken)).toEqual({ status: 'invalid' });
  });
});
