import { graphql } from '../gql';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    id
    loginId
    displayName
    permissions
    roles
    mustChangePassword
    roleInfos {
      code
      label
    }
    permissionInfos {
      code
      label
    }
    tenant {
      id
      lgCode
      name
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($loginId: String!, $password: String!, $tenant: String) {
    login(loginId: $loginId, password: $password, tenant: $tenant) {
      ...ViewerFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
