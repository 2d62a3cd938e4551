import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      subject
      name
      groupWide
      roles {
        name
        zh
        en
      }
      campuses {
        id
        code
        name
        nameEn
      }
      staff {
        id
        name
        department {
          id
          name
        }
      }
    }
  }
`);
