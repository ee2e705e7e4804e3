import { graphql } from '../../gql';

export const SearchResultFields = graphql(`
  fragment SearchResultFields on Notification {
    id
    reason
    reasonLabel
    status
    statusLabel
    statusReason
    movedOn
    movedDate
    sourceLgCode
    createdAt
    reception {
      id
      confirmationNumber
      receptionDate
    }
    persons {
      id
      position
      familyName
      givenName
      familyNameKana
      givenNameKana
      birthDate
      birthDay
      isHeadOfHousehold
    }
    memos {
      id
      body
      createdAt
      authorName
    }
    attachments {
      id
      kind
      filename
      size
      url
      createdAt
    }
    archivedDocuments {
      id
      profile
      profileName
      version
      size
      url
    }
  }
`);

export const SearchNotificationsQuery = graphql(`
  query SearchNotifications($search: NotificationSearch, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    notifications(search: $search, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          ...SearchResultFields
        }
      }
    }
  }
`);

/** Staff the 受付者 filter offers; only for user:admin holders (others choose 「自分」). */
export const SearchStaffQuery = graphql(`
  query SearchStaff {
    users(first: 100, orderBy: { field: DISPLAY_NAME, direction: ASC }) {
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

export const ParseBirthDateQuery = graphql(`
  query ParseBirthDate($text: String!) {
    parseJapaneseDate(text: $text) {
      iso
      wareki
      seireki
    }
  }
`);

export const AddMemoMutation = graphql(`
  mutation AddSearchMemo($notificationID: ID!, $body: String!) {
    addMemo(notificationID: $notificationID, body: $body) {
      id
      body
      createdAt
      authorName
    }
  }
`);

export const AddAttachmentMutation = graphql(`
  mutation AddSearchAttachment($notificationID: ID!, $kind: AttachmentKind!, $file: Upload!) {
    addAttachment(notificationID: $notificationID, kind: $kind, file: $file) {
      id
      kind
      filename
      size
      url
      createdAt
    }
  }
`);
