import { graphql } from '../../gql';

export const ReviewOcrFieldFragment = graphql(`
  fragment ReviewOcrField on OcrField {
    key
    value
    confidence
    box {
      page
      x
      y
      w
      h
    }
  }
`);

export const ReviewDocumentQuery = graphql(`
  query ReviewDocument($id: ID!) {
    node(id: $id) {
      __typename
      ... on SourceDocument {
        id
        filename
        contentType
        status
        error
        url
        receptionID
        notificationID
        ocr {
          documentType
          documentTypeLabel
          issuerLgCode
          warnings
          fields {
            ...ReviewOcrField
          }
          persons {
            fields {
              ...ReviewOcrField
            }
          }
        }
      }
    }
  }
`);

/** Everything of a draft that saveNotificationDraft replaces, to send it back with the review's corrections. */
export const ReviewDraftFragment = graphql(`
  fragment ReviewDraft on Notification {
    id
    version
    reason
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
    persons {
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
      hasMyNumber
      nationality
      domicile
      domicileHead
      residenceCategory
      residenceStatus
      periodOfStay
      periodExpiry
      cardNumber
    }
  }
`);

export const ReviewCreateNotificationMutation = graphql(`
  mutation ReviewCreateNotification($id: ID!) {
    createNotificationFromDocument(sourceDocumentID: $id) {
      notification {
        ...ReviewDraft
      }
    }
  }
`);

export const ReviewSaveDraftMutation = graphql(`
  mutation ReviewSaveDraft($id: ID!, $version: Int!, $input: NotificationDraftInput!) {
    saveNotificationDraft(id: $id, version: $version, input: $input) {
      notification {
        id
        version
      }
    }
  }
`);

export const ReviewKanjiQuery = graphql(`
  query ReviewKanji($reading: String!) {
    kanji(query: { reading: $reading, limit: 300 }) {
      char
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

export const ReviewKanjiOfQuery = graphql(`
  query ReviewKanjiOf($char: String!) {
    kanjiOf(char: $char) {
      char
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
