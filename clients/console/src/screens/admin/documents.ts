import { graphql } from '../../gql';

// ---- 利用者・グループ (user:admin) ----

export const AdminUserFields = graphql(`
  fragment AdminUserFields on User {
    id
    loginID
    displayName
    disabled
    mustChangePassword
    lockedUntil
    lastLoginAt
    roleAssignments {
      id
      role
      label
    }
    groups {
      id
      name
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers {
    users(first: 100, orderBy: { field: LOGIN_ID, direction: ASC }) {
      totalCount
      edges {
        node {
          ...AdminUserFields
        }
      }
    }
    roles {
      code
      label
    }
    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const AdminUserQuery = graphql(`
  query AdminUser($id: ID!) {
    node(id: $id) {
      __typename
      ... on User {
        ...AdminUserFields
      }
    }
    roles {
      code
      label
    }
    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...AdminUserFields
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation AdminResetUserPassword($id: ID!, $newPassword: String!) {
    resetUserPassword(id: $id, newPassword: $newPassword) {
      ...AdminUserFields
    }
  }
`);

export const UnlockUserMutation = graphql(`
  mutation AdminUnlockUser($id: ID!) {
    unlockUser(id: $id) {
      ...AdminUserFields
    }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation AdminSetUserRoles($id: ID!, $roles: [String!]!) {
    setUserRoles(id: $id, roles: $roles) {
      ...AdminUserFields
    }
  }
`);

export const AdminGroupFields = graphql(`
  fragment AdminGroupFields on Group {
    id
    name
    description
    members {
      id
      loginID
      displayName
    }
    roleAssignments {
      id
      role
      label
    }
  }
`);

export const AdminGroupsQuery = graphql(`
  query AdminGroups {
    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          ...AdminGroupFields
        }
      }
    }
    roles {
      code
      label
    }
  }
`);

export const AdminGroupQuery = graphql(`
  query AdminGroup($id: ID!) {
    node(id: $id) {
      __typename
      ... on Group {
        ...AdminGroupFields
      }
    }
    roles {
      code
      label
    }
    users(first: 100, orderBy: { field: LOGIN_ID, direction: ASC }) {
      edges {
        node {
          id
          loginID
          displayName
        }
      }
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation AdminCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...AdminGroupFields
    }
  }
`);

export const UpdateGroupMutation = graphql(`
  mutation AdminUpdateGroup($id: ID!, $input: UpdateGroupInput!) {
    updateGroup(id: $id, input: $input) {
      ...AdminGroupFields
    }
  }
`);

export const SetGroupRolesMutation = graphql(`
  mutation AdminSetGroupRoles($id: ID!, $roles: [String!]!) {
    setGroupRoles(id: $id, roles: $roles) {
      ...AdminGroupFields
    }
  }
`);

export const DeleteGroupMutation = graphql(`
  mutation AdminDeleteGroup($id: ID!) {
    deleteGroup(id: $id)
  }
`);

// ---- 定型文 (K-l) ----

export const StockPhrasesQuery = graphql(`
  query AdminStockPhrases {
    stockPhrases {
      id
      text
      position
    }
  }
`);

export const AddStockPhraseMutation = graphql(`
  mutation AdminAddStockPhrase($text: String!, $position: Int) {
    addStockPhrase(text: $text, position: $position) {
      id
      text
      position
    }
  }
`);

export const DeleteStockPhraseMutation = graphql(`
  mutation AdminDeleteStockPhrase($id: ID!) {
    deleteStockPhrase(id: $id)
  }
`);

// ---- 様式 (K-k, G1) ----

export const FormLayoutsQuery = graphql(`
  query AdminFormLayouts {
    formLayouts {
      id
      kind
      version
      name
      active
      createdAt
    }
  }
`);

export const UploadFormLayoutMutation = graphql(`
  mutation AdminUploadFormLayout($kind: NotificationKind!, $definition: String!) {
    uploadFormLayout(kind: $kind, definition: $definition) {
      id
      kind
      version
      name
      active
      createdAt
    }
  }
`);

// ---- 住所マスタ (N-y) ----

export const AddressMasterQuery = graphql(`
  query AdminAddressMaster {
    addressMaster {
      lgCode
      city
      source
      towns
      csv
    }
  }
`);

export const ImportAddressMasterMutation = graphql(`
  mutation AdminImportAddressMaster($csv: String!) {
    importAddressMaster(csv: $csv) {
      lgCode
      city
      source
      towns
      csv
    }
  }
`);

// ---- マスキング設定 (K-u, K-v) ----

export const MaskProfilesQuery = graphql(`
  query AdminMaskProfiles {
    maskProfiles {
      key
      name
      fields
      requiredPermission
      builtin
      active
    }
  }
`);

export const SaveMaskProfileMutation = graphql(`
  mutation AdminSaveMaskProfile($input: MaskProfileInput!) {
    saveMaskProfile(input: $input) {
      key
      name
      fields
      requiredPermission
      builtin
      active
    }
  }
`);

export const DeleteMaskProfileMutation = graphql(`
  mutation AdminDeleteMaskProfile($key: String!) {
    deleteMaskProfile(key: $key)
  }
`);

// ---- OCR定義体 (B2) ----

export const OcrTemplatesQuery = graphql(`
  query AdminOcrTemplates {
    ocrTemplates {
      ref
      templateID
      version
      documentType
      documentTypeLabel
      name
      media
      issuers
      own
      verified
      source
    }
  }
`);

export const OcrTemplateDefinitionQuery = graphql(`
  query AdminOcrTemplateDefinition($documentType: String) {
    ocrTemplates(documentType: $documentType) {
      ref
      definition
    }
  }
`);

export const DeleteOcrTemplateMutation = graphql(`
  mutation AdminDeleteOcrTemplate($templateID: String!) {
    deleteOcrTemplate(templateID: $templateID)
  }
`);

export const SaveOcrTemplateMutation = graphql(`
  mutation AdminSaveOcrTemplate($definition: String!) {
    saveOcrTemplate(definition: $definition) {
      ref
      templateID
      version
      name
      documentTypeLabel
    }
  }
`);
