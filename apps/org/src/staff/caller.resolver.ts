import { Query, Resolver } from '@nestjs/graphql';
import { CampusScope, Identity, ROLE_CATALOGUE, STAFF_ROLES } from '@houqin/platform-auth';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { CAMPUS } from '../campus/campus.entity';
import { toCampus } from '../campus/campus.model';
import { DirectoryReader } from '../common/directory-reader';
import { STAFF } from './staff.entity';
import { Caller, toStaff } from './staff.model';

/** `me`: the console asks once after sign-in which menus, campuses and actions to show. */
@Resolver(() => Caller)
export class CallerResolver {
  constructor(private readonly reader: DirectoryReader) {}

  @Query(() => Caller, { description: '当前用户: the signed-in caller, their roles and the campuses in their reach.' })
  @Roles(...STAFF_ROLES)
  async me(@CurrentIdentity() identity: Identity): Promise<Caller> {
    const campuses = await this.reader.query(identity, CAMPUS).andWhere('campus.active').orderBy('campus.code').getMany();
    const staff = identity.staffId ? (await this.reader.findManyVisible(identity, STAFF, [identity.staffId])).get(identity.staffId.toLowerCase()) : undefined;
    return {
      subject: identity.subject,
      name: identity.name,
      roles: ROLE_CATALOGUE.filter((role) => identity.roles.includes(role.name as never)).map(({ name, zh, en, groupWide }) => ({
        name,
        zh,
        en,
        groupWide: !!groupWide,
      })),
      groupWide: CampusScope.of(identity).allCampuses,
      campuses: campuses.map(toCampus),
      staff: staff ? toStaff(staff) : null,
    };
  }
}
