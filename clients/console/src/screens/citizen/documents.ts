import { graphql } from '../../gql';

// The citizen app (手続きナビ, issue 8) as the city's administrators and the counter see it (graph/citizen.graphqls).

export const CitizenSettingsFieldsFragment = graphql(`
  fragment CitizenSettingsFields on CitizenSettings {
    color
    hasEmblem
    hasImage
    welcomeJa
    welcomeEn
    idleMinutes
    codeValidDays
    liffId
    lineLoginChannelId
    lineConfigured
    ownGlossary
    ownCounters
    glossaryJson
    countersJson
    appPath
  }
`);

export const CitizenSettingsQuery = graphql(`
  query CitizenSettings {
    citizenSettings {
      ...CitizenSettingsFields
    }
  }
`);

export const SaveCitizenSettingsMutation = graphql(`
  mutation SaveCitizenSettings($input: CitizenSettingsInput!) {
    saveCitizenSettings(input: $input) {
      ...CitizenSettingsFields
    }
  }
`);

export const SetCitizenPictureMutation = graphql(`
  mutation SetCitizenPicture($which: String!, $file: Upload) {
    setCitizenPicture(which: $which, file: $file) {
      ...CitizenSettingsFields
    }
  }
`);

export const SaveNavigationTextsMutation = graphql(`
  mutation SaveNavigationTexts($glossary: String, $counters: String) {
    saveNavigationTexts(glossary: $glossary, counters: $counters) {
      ...CitizenSettingsFields
    }
  }
`);

export const NavigationFlowsQuery = graphql(`
  query NavigationFlows {
    navigationFlows {
      id
      title
      order
      standard
      customized
      updatedAt
      questionCount
      depth
      definition
    }
  }
`);

export const NavigationTitlesQuery = graphql(`
  query NavigationTitles {
    navigationFlows {
      id
      title
      order
    }
  }
`);

export const SaveNavigationFlowMutation = graphql(`
  mutation SaveNavigationFlow($definition: String!) {
    saveNavigationFlow(definition: $definition) {
      id
      title
      order
      standard
      customized
      updatedAt
      questionCount
      depth
      definition
    }
  }
`);

export const ResetNavigationFlowMutation = graphql(`
  mutation ResetNavigationFlow($id: String!) {
    resetNavigationFlow(id: $id)
  }
`);

export const CitizenKeysQuery = graphql(`
  query CitizenKeys {
    citizenKeys {
      keyId
      createdAt
      expiresAt
      retiredAt
      active
    }
  }
`);

export const RotateCitizenKeyMutation = graphql(`
  mutation RotateCitizenKey($retireOthers: Boolean) {
    rotateCitizenKey(retireOthers: $retireOthers) {
      keyId
      createdAt
      expiresAt
      retiredAt
      active
    }
  }
`);

export const AccessCountsQuery = graphql(`
  query AccessCounts($from: String!, $to: String!) {
    accessCounts(from: $from, to: $to) {
      day
      event
      channel
      count
    }
  }
`);

export const ImportCitizenCodeMutation = graphql(`
  mutation ImportCitizenCode($code: String!, $receptionID: ID) {
    importCitizenCode(code: $code, receptionID: $receptionID) {
      reception {
        id
        confirmationNumber
        channel
      }
      notification {
        notification {
          id
        }
      }
      flowId
      flowTitle
      persons
      madeAt
      procedures
      bring
    }
  }
`);
