import { CampusScope, generateKeyPairJwk, Identity, IdentityTokenSigner, IdentityTokenVerifier, LocalIssuer, Role, UserTokenVerifier } from './index';

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
});
