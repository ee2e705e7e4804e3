import { graphql } from '../../gql';

export const EditorIssueFragment = graphql(`
  fragment EditorIssue on ValidationIssue {
    path
    code
    severity
    message
  }
`);

export const EditorNotificationFragment = graphql(`
  fragment EditorNotification on Notification {
    id
    kind
    reason
    reasonLabel
    status
    statusLabel
    statusReason
    version
    updatedAt
    notifiedOn
    movedOn
    plannedMoveOn
    newAddress
    newKatagaki
    oldAddress
    oldKatagaki
    destination
    destinationKatagaki
    newHeadName
    oldHeadName
    notifier
    notifierName
    powerOfAttorney
    sourceLgCode
    remarks
    office
    completable
    issues {
      ...EditorIssue
    }
    persons {
      id
      position
      familyName
      givenName
      familyNameKana
      givenNameKana
      romajiName
      commonName
      birthDate
      sex
      relationship
      isHeadOfHousehold
      residentCode
      nationality
      domicile
      domicileHead
      residenceCategory
      residenceStatus
      periodOfStay
      periodExpiry
      cardNumber
      myNumber
      hasMyNumber
    }
    reception {
      id
      confirmationNumber
      receptionDate
    }
    memos {
      ...EditorMemo
    }
    attachments {
      ...EditorAttachment
    }
    archivedDocuments {
      ...EditorArchive
    }
    sourceDocuments {
      id
      filename
      documentType
      status
    }
    itemSources {
      path
      documentID
      key
      confidence
    }
  }
`);

export const EditorMemoFragment = graphql(`
  fragment EditorMemo on Memo {
    id
    body
    createdAt
    authorName
  }
`);

export const EditorAttachmentFragment = graphql(`
  fragment EditorAttachment on Attachment {
    id
    kind
    filename
    contentType
    size
    createdAt
    url
  }
`);

export const EditorArchiveFragment = graphql(`
  fragment EditorArchive on ArchivedDocument {
    id
    version
    profile
    contentType
    size
    archivedAt
    url
  }
`);

export const NotificationEditorQuery = graphql(`
  query NotificationEditor($id: ID!) {
    node(id: $id) {
      __typename
      ... on Notification {
        ...EditorNotification
      }
    }
  }
`);

export const NotificationMemosQuery = graphql(`
  query NotificationMemos($id: ID!) {
    node(id: $id) {
      __typename
      ... on Notification {
        id
        memos {
          ...EditorMemo
        }
        attachments {
          ...EditorAttachment
        }
      }
    }
  }
`);

export const PersonMyNumberQuery = graphql(`
  query PersonMyNumber($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        myNumber(unmasked: true)
      }
    }
  }
`);

export const AddAttachmentMutation = graphql(`
  mutation AddAttachment($id: ID!, $kind: AttachmentKind!, $file: Upload!) {
    addAttachment(notificationID: $id, kind: $kind, file: $file) {
      ...EditorAttachment
    }
  }
`);

export const SaveNotificationDraftMutation = graphql(`
  mutation SaveNotificationDraft($id: ID!, $version: Int!, $input: NotificationDraftInput!) {
    saveNotificationDraft(id: $id, version: $version, input: $input) {
      notification {
        id
        version
        status
        statusLabel
        reasonLabel
        updatedAt
        persons {
          id
          position
          hasMyNumber
        }
      }
      issues {
        ...EditorIssue
      }
      completable
    }
  }
`);

export const WorkflowPayloadFragment = graphql(`
  fragment WorkflowPayload on NotificationPayload {
    notification {
      id
      version
      status
      statusLabel
      statusReason
      reasonLabel
      updatedAt
      archivedDocuments {
        ...EditorArchive
      }
    }
    issues {
      ...EditorIssue
    }
    completable
  }
`);

export const SubmitNotificationMutation = graphql(`
  mutation SubmitNotification($id: ID!, $version: Int!) {
    submitNotification(id: $id, version: $version) {
      ...WorkflowPayload
    }
  }
`);

export const ApproveNotificationMutation = graphql(`
  mutation ApproveNotification($id: ID!, $version: Int!) {
    approveNotification(id: $id, version: $version) {
      ...WorkflowPayload
    }
  }
`);

export const SendBackNotificationMutation = graphql(`
  mutation SendBackNotification($id: ID!, $version: Int!, $reason: String!) {
    sendBackNotification(id: $id, version: $version, reason: $reason) {
      ...WorkflowPayload
    }
  }
`);

export const HoldNotificationMutation = graphql(`
  mutation HoldNotification($id: ID!, $version: Int!, $reason: String!) {
    holdNotification(id: $id, version: $version, reason: $reason) {
      ...WorkflowPayload
    }
  }
`);

export const ResumeNotificationMutation = graphql(`
  mutation ResumeNotification($id: ID!, $version: Int!) {
    resumeNotification(id: $id, version: $version) {
      ...WorkflowPayload
    }
  }
`);

export const AddMemoMutation = graphql(`
  mutation AddMemo($id: ID!, $body: String!) {
    addMemo(notificationID: $id, body: $body) {
      ...EditorMemo
    }
  }
`);

export const NotificationFieldRulesQuery = graphql(`
  query NotificationFieldRules($reason: String!) {
    notificationFieldRules(reason: $reason) {
      field
      need
    }
  }
`);

export const PersonFieldRulesQuery = graphql(`
  query PersonFieldRules($reason: String!, $nationality: String, $residenceCategory: String, $residenceStatus: String) {
    personFieldRules(
      reason: $reason
      nationality: $nationality
      residenceCategory: $residenceCategory
      residenceStatus: $residenceStatus
    ) {
      field
      need
    }
  }
`);

export const ParseJapaneseDateQuery = graphql(`
  query ParseJapaneseDate($text: String!) {
    parseJapaneseDate(text: $text) {
      iso
      wareki
      seireki
    }
  }
`);

export const AgeHelperQuery = graphql(`
  query AgeHelper($birth: String!) {
    ageHelper(birth: $birth) {
      age
      text
    }
  }
`);

export const DescribePeriodOfStayQuery = graphql(`
  query DescribePeriodOfStay($code: String!) {
    describePeriodOfStay(code: $code) {
      text
    }
  }
`);

export const PostalCodeQuery = graphql(`
  query PostalCode($code: String!) {
    postalCode(code: $code) {
      postalCode
      lgCode
      prefecture
      city
      town
      address
    }
  }
`);

export const PlacesQuery = graphql(`
  query Places($prefecture: String, $lgCode: String) {
    places(prefecture: $prefecture, lgCode: $lgCode) {
      level
      lgCode
      prefecture
      city
      town
      address
    }
  }
`);

export const PlaceSearchQuery = graphql(`
  query PlaceSearch($initials: String!) {
    placeSearch(initials: $initials, limit: 50) {
      level
      lgCode
      address
    }
  }
`);

export const NormalizeAddressQuery = graphql(`
  query NormalizeAddress($text: String!) {
    normalizeAddress(text: $text) {
      text
      warnings
    }
  }
`);

export const InputHistoryQuery = graphql(`
  query InputHistory($kind: String!, $prefix: String) {
    inputHistory(kind: $kind, prefix: $prefix, limit: 8)
  }
`);

export const KanjiSearchQuery = graphql(`
  query KanjiSearch($query: KanjiQuery!) {
    kanji(query: $query) {
      char
      codePoint
      on
      kun
      strokes
      variants
      mj {
        mj
        char
        codePoints
        ivs
      }
    }
  }
`);

export const StockPhrasesQuery = graphql(`
  query StockPhrases {
    stockPhrases {
      id
      text
    }
  }
`);

export const NotificationPaperQuery = graphql(`
  query NotificationPaper($id: ID!, $mask: String) {
    notificationPaper(id: $id, mask: $mask)
    node(id: $id) {
      __typename
      ... on Notification {
        id
        reasonLabel
        statusLabel
        archivedDocuments {
          ...EditorArchive
        }
      }
    }
  }
`);
