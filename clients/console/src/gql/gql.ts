/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ViewerFields on Viewer {\n    id\n    loginId\n    displayName\n    permissions\n    roles\n    mustChangePassword\n    roleInfos {\n      code\n      label\n    }\n    permissionInfos {\n      code\n      label\n    }\n    tenant {\n      id\n      lgCode\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($loginId: String!, $password: String!, $tenant: String) {\n    login(loginId: $loginId, password: $password, tenant: $tenant) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MoveReasons {\n    moveReasons {\n      code\n      label\n    }\n  }\n": typeof types.MoveReasonsDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    loginID\n    displayName\n    disabled\n    mustChangePassword\n    lockedUntil\n    lastLoginAt\n    roleAssignments {\n      id\n      role\n      label\n    }\n    groups {\n      id\n      name\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers {\n    users(first: 100, orderBy: { field: LOGIN_ID, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n    roles {\n      code\n      label\n    }\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        ...AdminUserFields\n      }\n    }\n    roles {\n      code\n      label\n    }\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  mutation AdminResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminResetUserPasswordDocument,
    "\n  mutation AdminUnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUnlockUserDocument,
    "\n  mutation AdminSetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminSetUserRolesDocument,
    "\n  fragment AdminGroupFields on Group {\n    id\n    name\n    description\n    members {\n      id\n      loginID\n      displayName\n    }\n    roleAssignments {\n      id\n      role\n      label\n    }\n  }\n": typeof types.AdminGroupFieldsFragmentDoc,
    "\n  query AdminGroups {\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...AdminGroupFields\n        }\n      }\n    }\n    roles {\n      code\n      label\n    }\n  }\n": typeof types.AdminGroupsDocument,
    "\n  query AdminGroup($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Group {\n        ...AdminGroupFields\n      }\n    }\n    roles {\n      code\n      label\n    }\n    users(first: 100, orderBy: { field: LOGIN_ID, direction: ASC }) {\n      edges {\n        node {\n          id\n          loginID\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AdminGroupDocument,
    "\n  mutation AdminCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...AdminGroupFields\n    }\n  }\n": typeof types.AdminCreateGroupDocument,
    "\n  mutation AdminUpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...AdminGroupFields\n    }\n  }\n": typeof types.AdminUpdateGroupDocument,
    "\n  mutation AdminSetGroupRoles($id: ID!, $roles: [String!]!) {\n    setGroupRoles(id: $id, roles: $roles) {\n      ...AdminGroupFields\n    }\n  }\n": typeof types.AdminSetGroupRolesDocument,
    "\n  mutation AdminDeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": typeof types.AdminDeleteGroupDocument,
    "\n  query AdminStockPhrases {\n    stockPhrases {\n      id\n      text\n      position\n    }\n  }\n": typeof types.AdminStockPhrasesDocument,
    "\n  mutation AdminAddStockPhrase($text: String!, $position: Int) {\n    addStockPhrase(text: $text, position: $position) {\n      id\n      text\n      position\n    }\n  }\n": typeof types.AdminAddStockPhraseDocument,
    "\n  mutation AdminDeleteStockPhrase($id: ID!) {\n    deleteStockPhrase(id: $id)\n  }\n": typeof types.AdminDeleteStockPhraseDocument,
    "\n  query AdminFormLayouts {\n    formLayouts {\n      id\n      kind\n      version\n      name\n      active\n      createdAt\n    }\n  }\n": typeof types.AdminFormLayoutsDocument,
    "\n  mutation AdminUploadFormLayout($kind: NotificationKind!, $definition: String!) {\n    uploadFormLayout(kind: $kind, definition: $definition) {\n      id\n      kind\n      version\n      name\n      active\n      createdAt\n    }\n  }\n": typeof types.AdminUploadFormLayoutDocument,
    "\n  query AdminAddressMaster {\n    addressMaster {\n      lgCode\n      city\n      source\n      towns\n      csv\n    }\n  }\n": typeof types.AdminAddressMasterDocument,
    "\n  mutation AdminImportAddressMaster($csv: String!) {\n    importAddressMaster(csv: $csv) {\n      lgCode\n      city\n      source\n      towns\n      csv\n    }\n  }\n": typeof types.AdminImportAddressMasterDocument,
    "\n  query AdminMaskProfiles {\n    maskProfiles {\n      key\n      name\n      fields\n      requiredPermission\n      builtin\n      active\n    }\n  }\n": typeof types.AdminMaskProfilesDocument,
    "\n  mutation AdminSaveMaskProfile($input: MaskProfileInput!) {\n    saveMaskProfile(input: $input) {\n      key\n      name\n      fields\n      requiredPermission\n      builtin\n      active\n    }\n  }\n": typeof types.AdminSaveMaskProfileDocument,
    "\n  mutation AdminDeleteMaskProfile($key: String!) {\n    deleteMaskProfile(key: $key)\n  }\n": typeof types.AdminDeleteMaskProfileDocument,
    "\n  query AdminOcrTemplates {\n    ocrTemplates {\n      ref\n      templateID\n      version\n      documentType\n      documentTypeLabel\n      name\n      media\n      issuers\n      own\n      verified\n      source\n    }\n  }\n": typeof types.AdminOcrTemplatesDocument,
    "\n  query AdminOcrTemplateDefinition($documentType: String) {\n    ocrTemplates(documentType: $documentType) {\n      ref\n      definition\n    }\n  }\n": typeof types.AdminOcrTemplateDefinitionDocument,
    "\n  mutation AdminDeleteOcrTemplate($templateID: String!) {\n    deleteOcrTemplate(templateID: $templateID)\n  }\n": typeof types.AdminDeleteOcrTemplateDocument,
    "\n  mutation AdminSaveOcrTemplate($definition: String!) {\n    saveOcrTemplate(definition: $definition) {\n      ref\n      templateID\n      version\n      name\n      documentTypeLabel\n    }\n  }\n": typeof types.AdminSaveOcrTemplateDocument,
    "\n  query AdminActiveFormLayout($kind: NotificationKind!) {\n    activeFormLayout(kind: $kind)\n  }\n": typeof types.AdminActiveFormLayoutDocument,
    "\n  query AdminFormLayoutDefinitions {\n    formLayouts {\n      id\n      definition\n    }\n  }\n": typeof types.AdminFormLayoutDefinitionsDocument,
    "\n  fragment SampleDocumentFields on SourceDocument {\n    id\n    filename\n    contentType\n    documentType\n    status\n    createdAt\n    url\n  }\n": typeof types.SampleDocumentFieldsFragmentDoc,
    "\n  query AdminSampleDocuments {\n    sourceDocuments(first: 20) {\n      edges {\n        node {\n          ...SampleDocumentFields\n        }\n      }\n    }\n  }\n": typeof types.AdminSampleDocumentsDocument,
    "\n  mutation AdminUploadSample($documentType: String, $file: Upload!) {\n    scanDocument(documentType: $documentType, file: $file) {\n      ...SampleDocumentFields\n    }\n  }\n": typeof types.AdminUploadSampleDocument,
    "\n  mutation AdminCreateTemplateFromSample($input: OcrTemplateFromSampleInput!) {\n    createOcrTemplateFromSample(input: $input) {\n      ref\n      templateID\n      version\n      name\n      documentTypeLabel\n      media\n    }\n  }\n": typeof types.AdminCreateTemplateFromSampleDocument,
    "\n  fragment CitizenSettingsFields on CitizenSettings {\n    color\n    hasEmblem\n    hasImage\n    welcomeJa\n    welcomeEn\n    idleMinutes\n    codeValidDays\n    liffId\n    lineLoginChannelId\n    lineConfigured\n    ownGlossary\n    ownCounters\n    glossaryJson\n    countersJson\n    appPath\n  }\n": typeof types.CitizenSettingsFieldsFragmentDoc,
    "\n  query CitizenSettings {\n    citizenSettings {\n      ...CitizenSettingsFields\n    }\n  }\n": typeof types.CitizenSettingsDocument,
    "\n  mutation SaveCitizenSettings($input: CitizenSettingsInput!) {\n    saveCitizenSettings(input: $input) {\n      ...CitizenSettingsFields\n    }\n  }\n": typeof types.SaveCitizenSettingsDocument,
    "\n  mutation SetCitizenPicture($which: String!, $file: Upload) {\n    setCitizenPicture(which: $which, file: $file) {\n      ...CitizenSettingsFields\n    }\n  }\n": typeof types.SetCitizenPictureDocument,
    "\n  mutation SaveNavigationTexts($glossary: String, $counters: String) {\n    saveNavigationTexts(glossary: $glossary, counters: $counters) {\n      ...CitizenSettingsFields\n    }\n  }\n": typeof types.SaveNavigationTextsDocument,
    "\n  query NavigationFlows {\n    navigationFlows {\n      id\n      title\n      order\n      standard\n      customized\n      updatedAt\n      questionCount\n      depth\n      definition\n    }\n  }\n": typeof types.NavigationFlowsDocument,
    "\n  query NavigationTitles {\n    navigationFlows {\n      id\n      title\n      order\n    }\n  }\n": typeof types.NavigationTitlesDocument,
    "\n  mutation SaveNavigationFlow($definition: String!) {\n    saveNavigationFlow(definition: $definition) {\n      id\n      title\n      order\n      standard\n      customized\n      updatedAt\n      questionCount\n      depth\n      definition\n    }\n  }\n": typeof types.SaveNavigationFlowDocument,
    "\n  mutation ResetNavigationFlow($id: String!) {\n    resetNavigationFlow(id: $id)\n  }\n": typeof types.ResetNavigationFlowDocument,
    "\n  query CitizenKeys {\n    citizenKeys {\n      keyId\n      createdAt\n      expiresAt\n      retiredAt\n      active\n    }\n  }\n": typeof types.CitizenKeysDocument,
    "\n  mutation RotateCitizenKey($retireOthers: Boolean) {\n    rotateCitizenKey(retireOthers: $retireOthers) {\n      keyId\n      createdAt\n      expiresAt\n      retiredAt\n      active\n    }\n  }\n": typeof types.RotateCitizenKeyDocument,
    "\n  query AccessCounts($from: String!, $to: String!) {\n    accessCounts(from: $from, to: $to) {\n      day\n      event\n      channel\n      count\n    }\n  }\n": typeof types.AccessCountsDocument,
    "\n  mutation ImportCitizenCode($code: String!, $receptionID: ID) {\n    importCitizenCode(code: $code, receptionID: $receptionID) {\n      reception {\n        id\n        confirmationNumber\n        channel\n      }\n      notification {\n        notification {\n          id\n        }\n      }\n      flowId\n      flowTitle\n      persons\n      madeAt\n      procedures\n      bring\n    }\n  }\n": typeof types.ImportCitizenCodeDocument,
    "\n  fragment EditorIssue on ValidationIssue {\n    path\n    code\n    severity\n    message\n  }\n": typeof types.EditorIssueFragmentDoc,
    "\n  fragment EditorNotification on Notification {\n    id\n    kind\n    reason\n    reasonLabel\n    status\n    statusLabel\n    statusReason\n    version\n    updatedAt\n    notifiedOn\n    movedOn\n    plannedMoveOn\n    newAddress\n    newKatagaki\n    oldAddress\n    oldKatagaki\n    destination\n    destinationKatagaki\n    newHeadName\n    oldHeadName\n    notifier\n    notifierName\n    powerOfAttorney\n    sourceLgCode\n    remarks\n    office\n    completable\n    issues {\n      ...EditorIssue\n    }\n    persons {\n      id\n      position\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      romajiName\n      commonName\n      birthDate\n      sex\n      relationship\n      isHeadOfHousehold\n      residentCode\n      nationality\n      domicile\n      domicileHead\n      residenceCategory\n      residenceStatus\n      periodOfStay\n      periodExpiry\n      cardNumber\n      myNumber\n      hasMyNumber\n    }\n    reception {\n      id\n      confirmationNumber\n      receptionDate\n    }\n    memos {\n      ...EditorMemo\n    }\n    attachments {\n      ...EditorAttachment\n    }\n    archivedDocuments {\n      ...EditorArchive\n    }\n    sourceDocuments {\n      id\n      filename\n      documentType\n      status\n    }\n    itemSources {\n      path\n      documentID\n      key\n      confidence\n    }\n  }\n": typeof types.EditorNotificationFragmentDoc,
    "\n  fragment EditorMemo on Memo {\n    id\n    body\n    createdAt\n    authorName\n  }\n": typeof types.EditorMemoFragmentDoc,
    "\n  fragment EditorAttachment on Attachment {\n    id\n    kind\n    filename\n    contentType\n    size\n    createdAt\n    url\n  }\n": typeof types.EditorAttachmentFragmentDoc,
    "\n  fragment EditorArchive on ArchivedDocument {\n    id\n    version\n    profile\n    contentType\n    size\n    archivedAt\n    url\n  }\n": typeof types.EditorArchiveFragmentDoc,
    "\n  query NotificationEditor($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        ...EditorNotification\n      }\n    }\n  }\n": typeof types.NotificationEditorDocument,
    "\n  query NotificationMemos($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        memos {\n          ...EditorMemo\n        }\n        attachments {\n          ...EditorAttachment\n        }\n      }\n    }\n  }\n": typeof types.NotificationMemosDocument,
    "\n  query PersonMyNumber($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        myNumber(unmasked: true)\n      }\n    }\n  }\n": typeof types.PersonMyNumberDocument,
    "\n  mutation AddAttachment($id: ID!, $kind: AttachmentKind!, $file: Upload!) {\n    addAttachment(notificationID: $id, kind: $kind, file: $file) {\n      ...EditorAttachment\n    }\n  }\n": typeof types.AddAttachmentDocument,
    "\n  mutation SaveNotificationDraft($id: ID!, $version: Int!, $input: NotificationDraftInput!) {\n    saveNotificationDraft(id: $id, version: $version, input: $input) {\n      notification {\n        id\n        version\n        status\n        statusLabel\n        reasonLabel\n        updatedAt\n        persons {\n          id\n          position\n          hasMyNumber\n        }\n      }\n      issues {\n        ...EditorIssue\n      }\n      completable\n    }\n  }\n": typeof types.SaveNotificationDraftDocument,
    "\n  fragment WorkflowPayload on NotificationPayload {\n    notification {\n      id\n      version\n      status\n      statusLabel\n      statusReason\n      reasonLabel\n      updatedAt\n      archivedDocuments {\n        ...EditorArchive\n      }\n    }\n    issues {\n      ...EditorIssue\n    }\n    completable\n  }\n": typeof types.WorkflowPayloadFragmentDoc,
    "\n  mutation SubmitNotification($id: ID!, $version: Int!) {\n    submitNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n": typeof types.SubmitNotificationDocument,
    "\n  mutation ApproveNotification($id: ID!, $version: Int!) {\n    approveNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n": typeof types.ApproveNotificationDocument,
    "\n  mutation SendBackNotification($id: ID!, $version: Int!, $reason: String!) {\n    sendBackNotification(id: $id, version: $version, reason: $reason) {\n      ...WorkflowPayload\n    }\n  }\n": typeof types.SendBackNotificationDocument,
    "\n  mutation HoldNotification($id: ID!, $version: Int!, $reason: String!) {\n    holdNotification(id: $id, version: $version, reason: $reason) {\n      ...WorkflowPayload\n    }\n  }\n": typeof types.HoldNotificationDocument,
    "\n  mutation ResumeNotification($id: ID!, $version: Int!) {\n    resumeNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n": typeof types.ResumeNotificationDocument,
    "\n  mutation AddMemo($id: ID!, $body: String!) {\n    addMemo(notificationID: $id, body: $body) {\n      ...EditorMemo\n    }\n  }\n": typeof types.AddMemoDocument,
    "\n  query NotificationFieldRules($reason: String!) {\n    notificationFieldRules(reason: $reason) {\n      field\n      need\n    }\n  }\n": typeof types.NotificationFieldRulesDocument,
    "\n  query PersonFieldRules($reason: String!, $nationality: String, $residenceCategory: String, $residenceStatus: String) {\n    personFieldRules(\n      reason: $reason\n      nationality: $nationality\n      residenceCategory: $residenceCategory\n      residenceStatus: $residenceStatus\n    ) {\n      field\n      need\n    }\n  }\n": typeof types.PersonFieldRulesDocument,
    "\n  query ParseJapaneseDate($text: String!) {\n    parseJapaneseDate(text: $text) {\n      iso\n      wareki\n      seireki\n    }\n  }\n": typeof types.ParseJapaneseDateDocument,
    "\n  query AgeHelper($birth: String!) {\n    ageHelper(birth: $birth) {\n      age\n      text\n    }\n  }\n": typeof types.AgeHelperDocument,
    "\n  query DescribePeriodOfStay($code: String!) {\n    describePeriodOfStay(code: $code) {\n      text\n    }\n  }\n": typeof types.DescribePeriodOfStayDocument,
    "\n  query PostalCode($code: String!) {\n    postalCode(code: $code) {\n      postalCode\n      lgCode\n      prefecture\n      city\n      town\n      address\n    }\n  }\n": typeof types.PostalCodeDocument,
    "\n  query Places($prefecture: String, $lgCode: String) {\n    places(prefecture: $prefecture, lgCode: $lgCode) {\n      level\n      lgCode\n      prefecture\n      city\n      town\n      address\n    }\n  }\n": typeof types.PlacesDocument,
    "\n  query PlaceSearch($initials: String!) {\n    placeSearch(initials: $initials, limit: 50) {\n      level\n      lgCode\n      address\n    }\n  }\n": typeof types.PlaceSearchDocument,
    "\n  query NormalizeAddress($text: String!) {\n    normalizeAddress(text: $text) {\n      text\n      warnings\n    }\n  }\n": typeof types.NormalizeAddressDocument,
    "\n  query InputHistory($kind: String!, $prefix: String) {\n    inputHistory(kind: $kind, prefix: $prefix, limit: 8)\n  }\n": typeof types.InputHistoryDocument,
    "\n  query KanjiSearch($query: KanjiQuery!) {\n    kanji(query: $query) {\n      char\n      codePoint\n      on\n      kun\n      strokes\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n": typeof types.KanjiSearchDocument,
    "\n  query StockPhrases {\n    stockPhrases {\n      id\n      text\n    }\n  }\n": typeof types.StockPhrasesDocument,
    "\n  query NotificationPaper($id: ID!, $mask: String) {\n    notificationPaper(id: $id, mask: $mask)\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        reasonLabel\n        statusLabel\n        archivedDocuments {\n          ...EditorArchive\n        }\n      }\n    }\n  }\n": typeof types.NotificationPaperDocument,
    "\n  query IntakeReception($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Reception {\n        id\n        confirmationNumber\n        status\n        channel\n        openedAt\n        notifications {\n          id\n          reasonLabel\n          statusLabel\n        }\n        sourceDocuments {\n          id\n          filename\n          contentType\n          status\n          error\n          documentType\n          documentTypeHint\n          url\n          notificationID\n        }\n      }\n    }\n  }\n": typeof types.IntakeReceptionDocument,
    "\n  mutation IntakeScanDocument($receptionID: ID!, $documentType: String, $file: Upload!) {\n    scanDocument(receptionID: $receptionID, documentType: $documentType, file: $file) {\n      id\n      status\n    }\n  }\n": typeof types.IntakeScanDocumentDocument,
    "\n  mutation IntakeRereadDocument($id: ID!, $documentType: String) {\n    rereadDocument(id: $id, documentType: $documentType) {\n      id\n      status\n      error\n    }\n  }\n": typeof types.IntakeRereadDocumentDocument,
    "\n  mutation IntakeAttachDocument($sourceDocumentID: ID!, $notificationID: ID!) {\n    attachSourceDocument(sourceDocumentID: $sourceDocumentID, notificationID: $notificationID) {\n      id\n      notificationID\n    }\n  }\n": typeof types.IntakeAttachDocumentDocument,
    "\n  mutation IntakeCreateNotification($receptionID: ID!, $kind: NotificationKind, $input: NotificationDraftInput!) {\n    createNotification(receptionID: $receptionID, kind: $kind, input: $input) {\n      notification {\n        id\n      }\n    }\n  }\n": typeof types.IntakeCreateNotificationDocument,
    "\n  fragment ReviewOcrField on OcrField {\n    key\n    value\n    confidence\n    box {\n      page\n      x\n      y\n      w\n      h\n    }\n  }\n": typeof types.ReviewOcrFieldFragmentDoc,
    "\n  query ReviewDocument($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on SourceDocument {\n        id\n        filename\n        contentType\n        status\n        error\n        url\n        receptionID\n        notificationID\n        ocr {\n          documentType\n          documentTypeLabel\n          issuerLgCode\n          warnings\n          fields {\n            ...ReviewOcrField\n          }\n          persons {\n            fields {\n              ...ReviewOcrField\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewDocumentDocument,
    "\n  fragment ReviewDraft on Notification {\n    id\n    version\n    reason\n    notifiedOn\n    movedOn\n    plannedMoveOn\n    newAddress\n    newKatagaki\n    oldAddress\n    oldKatagaki\n    destination\n    destinationKatagaki\n    newHeadName\n    oldHeadName\n    notifier\n    notifierName\n    powerOfAttorney\n    sourceLgCode\n    remarks\n    office\n    persons {\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      romajiName\n      commonName\n      birthDate\n      sex\n      relationship\n      isHeadOfHousehold\n      residentCode\n      hasMyNumber\n      nationality\n      domicile\n      domicileHead\n      residenceCategory\n      residenceStatus\n      periodOfStay\n      periodExpiry\n      cardNumber\n    }\n  }\n": typeof types.ReviewDraftFragmentDoc,
    "\n  mutation ReviewCreateNotification($id: ID!) {\n    createNotificationFromDocument(sourceDocumentID: $id) {\n      notification {\n        ...ReviewDraft\n      }\n    }\n  }\n": typeof types.ReviewCreateNotificationDocument,
    "\n  mutation ReviewSaveDraft($id: ID!, $version: Int!, $input: NotificationDraftInput!) {\n    saveNotificationDraft(id: $id, version: $version, input: $input) {\n      notification {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ReviewSaveDraftDocument,
    "\n  query ReviewKanji($reading: String!) {\n    kanji(query: { reading: $reading, limit: 300 }) {\n      char\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n": typeof types.ReviewKanjiDocument,
    "\n  query ReviewKanjiOf($char: String!) {\n    kanjiOf(char: $char) {\n      char\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n": typeof types.ReviewKanjiOfDocument,
    "\n  fragment SearchResultFields on Notification {\n    id\n    reason\n    reasonLabel\n    status\n    statusLabel\n    statusReason\n    movedOn\n    movedDate\n    sourceLgCode\n    createdAt\n    reception {\n      id\n      confirmationNumber\n      receptionDate\n    }\n    persons {\n      id\n      position\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      birthDate\n      birthDay\n      isHeadOfHousehold\n    }\n    memos {\n      id\n      body\n      createdAt\n      authorName\n    }\n    attachments {\n      id\n      kind\n      filename\n      size\n      url\n      createdAt\n    }\n    archivedDocuments {\n      id\n      profile\n      profileName\n      version\n      size\n      url\n    }\n  }\n": typeof types.SearchResultFieldsFragmentDoc,
    "\n  query SearchNotifications($search: NotificationSearch, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    notifications(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SearchResultFields\n        }\n      }\n    }\n  }\n": typeof types.SearchNotificationsDocument,
    "\n  query SearchStaff {\n    users(first: 100, orderBy: { field: DISPLAY_NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          loginID\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.SearchStaffDocument,
    "\n  query ParseBirthDate($text: String!) {\n    parseJapaneseDate(text: $text) {\n      iso\n      wareki\n      seireki\n    }\n  }\n": typeof types.ParseBirthDateDocument,
    "\n  mutation AddSearchMemo($notificationID: ID!, $body: String!) {\n    addMemo(notificationID: $notificationID, body: $body) {\n      id\n      body\n      createdAt\n      authorName\n    }\n  }\n": typeof types.AddSearchMemoDocument,
    "\n  mutation AddSearchAttachment($notificationID: ID!, $kind: AttachmentKind!, $file: Upload!) {\n    addAttachment(notificationID: $notificationID, kind: $kind, file: $file) {\n      id\n      kind\n      filename\n      size\n      url\n      createdAt\n    }\n  }\n": typeof types.AddSearchAttachmentDocument,
    "\n  query TodayReceptions($date: String!) {\n    # 200 a day is far above a city counter's load and stays under the server's complexity limit (5000).\n    receptions(where: { receptionDate: $date }, orderBy: { field: OPENED_AT, direction: ASC }, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          confirmationNumber\n          openedAt\n          closedAt\n          status\n          channel\n          notifications {\n            id\n            reasonLabel\n            statusLabel\n          }\n        }\n      }\n    }\n  }\n": typeof types.TodayReceptionsDocument,
    "\n  mutation TodayOpenReception {\n    openReception {\n      id\n      confirmationNumber\n    }\n  }\n": typeof types.TodayOpenReceptionDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Viewer {\n    id\n    loginId\n    displayName\n    permissions\n    roles\n    mustChangePassword\n    roleInfos {\n      code\n      label\n    }\n    permissionInfos {\n      code\n      label\n    }\n    tenant {\n      id\n      lgCode\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($loginId: String!, $password: String!, $tenant: String) {\n    login(loginId: $loginId, password: $password, tenant: $tenant) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query MoveReasons {\n    moveReasons {\n      code\n      label\n    }\n  }\n": types.MoveReasonsDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    loginID\n    displayName\n    disabled\n    mustChangePassword\n    lockedUntil\n    lastLoginAt\n    roleAssignments {\n      id\n      role\n      label\n    }\n    groups {\n      id\n      name\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers {\n    users(first: 100, orderBy: { field: LOGIN_ID, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n    roles {\n      code\n      label\n    }\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        ...AdminUserFields\n      }\n    }\n    roles {\n      code\n      label\n    }\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminUserDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUpdateUserDocument,
    "\n  mutation AdminResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminResetUserPasswordDocument,
    "\n  mutation AdminUnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUnlockUserDocument,
    "\n  mutation AdminSetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminSetUserRolesDocument,
    "\n  fragment AdminGroupFields on Group {\n    id\n    name\n    description\n    members {\n      id\n      loginID\n      displayName\n    }\n    roleAssignments {\n      id\n      role\n      label\n    }\n  }\n": types.AdminGroupFieldsFragmentDoc,
    "\n  query AdminGroups {\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...AdminGroupFields\n        }\n      }\n    }\n    roles {\n      code\n      label\n    }\n  }\n": types.AdminGroupsDocument,
    "\n  query AdminGroup($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Group {\n        ...AdminGroupFields\n      }\n    }\n    roles {\n      code\n      label\n    }\n    users(first: 100, orderBy: { field: LOGIN_ID, direction: ASC }) {\n      edges {\n        node {\n          id\n          loginID\n          displayName\n        }\n      }\n    }\n  }\n": types.AdminGroupDocument,
    "\n  mutation AdminCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...AdminGroupFields\n    }\n  }\n": types.AdminCreateGroupDocument,
    "\n  mutation AdminUpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...AdminGroupFields\n    }\n  }\n": types.AdminUpdateGroupDocument,
    "\n  mutation AdminSetGroupRoles($id: ID!, $roles: [String!]!) {\n    setGroupRoles(id: $id, roles: $roles) {\n      ...AdminGroupFields\n    }\n  }\n": types.AdminSetGroupRolesDocument,
    "\n  mutation AdminDeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": types.AdminDeleteGroupDocument,
    "\n  query AdminStockPhrases {\n    stockPhrases {\n      id\n      text\n      position\n    }\n  }\n": types.AdminStockPhrasesDocument,
    "\n  mutation AdminAddStockPhrase($text: String!, $position: Int) {\n    addStockPhrase(text: $text, position: $position) {\n      id\n      text\n      position\n    }\n  }\n": types.AdminAddStockPhraseDocument,
    "\n  mutation AdminDeleteStockPhrase($id: ID!) {\n    deleteStockPhrase(id: $id)\n  }\n": types.AdminDeleteStockPhraseDocument,
    "\n  query AdminFormLayouts {\n    formLayouts {\n      id\n      kind\n      version\n      name\n      active\n      createdAt\n    }\n  }\n": types.AdminFormLayoutsDocument,
    "\n  mutation AdminUploadFormLayout($kind: NotificationKind!, $definition: String!) {\n    uploadFormLayout(kind: $kind, definition: $definition) {\n      id\n      kind\n      version\n      name\n      active\n      createdAt\n    }\n  }\n": types.AdminUploadFormLayoutDocument,
    "\n  query AdminAddressMaster {\n    addressMaster {\n      lgCode\n      city\n      source\n      towns\n      csv\n    }\n  }\n": types.AdminAddressMasterDocument,
    "\n  mutation AdminImportAddressMaster($csv: String!) {\n    importAddressMaster(csv: $csv) {\n      lgCode\n      city\n      source\n      towns\n      csv\n    }\n  }\n": types.AdminImportAddressMasterDocument,
    "\n  query AdminMaskProfiles {\n    maskProfiles {\n      key\n      name\n      fields\n      requiredPermission\n      builtin\n      active\n    }\n  }\n": types.AdminMaskProfilesDocument,
    "\n  mutation AdminSaveMaskProfile($input: MaskProfileInput!) {\n    saveMaskProfile(input: $input) {\n      key\n      name\n      fields\n      requiredPermission\n      builtin\n      active\n    }\n  }\n": types.AdminSaveMaskProfileDocument,
    "\n  mutation AdminDeleteMaskProfile($key: String!) {\n    deleteMaskProfile(key: $key)\n  }\n": types.AdminDeleteMaskProfileDocument,
    "\n  query AdminOcrTemplates {\n    ocrTemplates {\n      ref\n      templateID\n      version\n      documentType\n      documentTypeLabel\n      name\n      media\n      issuers\n      own\n      verified\n      source\n    }\n  }\n": types.AdminOcrTemplatesDocument,
    "\n  query AdminOcrTemplateDefinition($documentType: String) {\n    ocrTemplates(documentType: $documentType) {\n      ref\n      definition\n    }\n  }\n": types.AdminOcrTemplateDefinitionDocument,
    "\n  mutation AdminDeleteOcrTemplate($templateID: String!) {\n    deleteOcrTemplate(templateID: $templateID)\n  }\n": types.AdminDeleteOcrTemplateDocument,
    "\n  mutation AdminSaveOcrTemplate($definition: String!) {\n    saveOcrTemplate(definition: $definition) {\n      ref\n      templateID\n      version\n      name\n      documentTypeLabel\n    }\n  }\n": types.AdminSaveOcrTemplateDocument,
    "\n  query AdminActiveFormLayout($kind: NotificationKind!) {\n    activeFormLayout(kind: $kind)\n  }\n": types.AdminActiveFormLayoutDocument,
    "\n  query AdminFormLayoutDefinitions {\n    formLayouts {\n      id\n      definition\n    }\n  }\n": types.AdminFormLayoutDefinitionsDocument,
    "\n  fragment SampleDocumentFields on SourceDocument {\n    id\n    filename\n    contentType\n    documentType\n    status\n    createdAt\n    url\n  }\n": types.SampleDocumentFieldsFragmentDoc,
    "\n  query AdminSampleDocuments {\n    sourceDocuments(first: 20) {\n      edges {\n        node {\n          ...SampleDocumentFields\n        }\n      }\n    }\n  }\n": types.AdminSampleDocumentsDocument,
    "\n  mutation AdminUploadSample($documentType: String, $file: Upload!) {\n    scanDocument(documentType: $documentType, file: $file) {\n      ...SampleDocumentFields\n    }\n  }\n": types.AdminUploadSampleDocument,
    "\n  mutation AdminCreateTemplateFromSample($input: OcrTemplateFromSampleInput!) {\n    createOcrTemplateFromSample(input: $input) {\n      ref\n      templateID\n      version\n      name\n      documentTypeLabel\n      media\n    }\n  }\n": types.AdminCreateTemplateFromSampleDocument,
    "\n  fragment CitizenSettingsFields on CitizenSettings {\n    color\n    hasEmblem\n    hasImage\n    welcomeJa\n    welcomeEn\n    idleMinutes\n    codeValidDays\n    liffId\n    lineLoginChannelId\n    lineConfigured\n    ownGlossary\n    ownCounters\n    glossaryJson\n    countersJson\n    appPath\n  }\n": types.CitizenSettingsFieldsFragmentDoc,
    "\n  query CitizenSettings {\n    citizenSettings {\n      ...CitizenSettingsFields\n    }\n  }\n": types.CitizenSettingsDocument,
    "\n  mutation SaveCitizenSettings($input: CitizenSettingsInput!) {\n    saveCitizenSettings(input: $input) {\n      ...CitizenSettingsFields\n    }\n  }\n": types.SaveCitizenSettingsDocument,
    "\n  mutation SetCitizenPicture($which: String!, $file: Upload) {\n    setCitizenPicture(which: $which, file: $file) {\n      ...CitizenSettingsFields\n    }\n  }\n": types.SetCitizenPictureDocument,
    "\n  mutation SaveNavigationTexts($glossary: String, $counters: String) {\n    saveNavigationTexts(glossary: $glossary, counters: $counters) {\n      ...CitizenSettingsFields\n    }\n  }\n": types.SaveNavigationTextsDocument,
    "\n  query NavigationFlows {\n    navigationFlows {\n      id\n      title\n      order\n      standard\n      customized\n      updatedAt\n      questionCount\n      depth\n      definition\n    }\n  }\n": types.NavigationFlowsDocument,
    "\n  query NavigationTitles {\n    navigationFlows {\n      id\n      title\n      order\n    }\n  }\n": types.NavigationTitlesDocument,
    "\n  mutation SaveNavigationFlow($definition: String!) {\n    saveNavigationFlow(definition: $definition) {\n      id\n      title\n      order\n      standard\n      customized\n      updatedAt\n      questionCount\n      depth\n      definition\n    }\n  }\n": types.SaveNavigationFlowDocument,
    "\n  mutation ResetNavigationFlow($id: String!) {\n    resetNavigationFlow(id: $id)\n  }\n": types.ResetNavigationFlowDocument,
    "\n  query CitizenKeys {\n    citizenKeys {\n      keyId\n      createdAt\n      expiresAt\n      retiredAt\n      active\n    }\n  }\n": types.CitizenKeysDocument,
    "\n  mutation RotateCitizenKey($retireOthers: Boolean) {\n    rotateCitizenKey(retireOthers: $retireOthers) {\n      keyId\n      createdAt\n      expiresAt\n      retiredAt\n      active\n    }\n  }\n": types.RotateCitizenKeyDocument,
    "\n  query AccessCounts($from: String!, $to: String!) {\n    accessCounts(from: $from, to: $to) {\n      day\n      event\n      channel\n      count\n    }\n  }\n": types.AccessCountsDocument,
    "\n  mutation ImportCitizenCode($code: String!, $receptionID: ID) {\n    importCitizenCode(code: $code, receptionID: $receptionID) {\n      reception {\n        id\n        confirmationNumber\n        channel\n      }\n      notification {\n        notification {\n          id\n        }\n      }\n      flowId\n      flowTitle\n      persons\n      madeAt\n      procedures\n      bring\n    }\n  }\n": types.ImportCitizenCodeDocument,
    "\n  fragment EditorIssue on ValidationIssue {\n    path\n    code\n    severity\n    message\n  }\n": types.EditorIssueFragmentDoc,
    "\n  fragment EditorNotification on Notification {\n    id\n    kind\n    reason\n    reasonLabel\n    status\n    statusLabel\n    statusReason\n    version\n    updatedAt\n    notifiedOn\n    movedOn\n    plannedMoveOn\n    newAddress\n    newKatagaki\n    oldAddress\n    oldKatagaki\n    destination\n    destinationKatagaki\n    newHeadName\n    oldHeadName\n    notifier\n    notifierName\n    powerOfAttorney\n    sourceLgCode\n    remarks\n    office\n    completable\n    issues {\n      ...EditorIssue\n    }\n    persons {\n      id\n      position\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      romajiName\n      commonName\n      birthDate\n      sex\n      relationship\n      isHeadOfHousehold\n      residentCode\n      nationality\n      domicile\n      domicileHead\n      residenceCategory\n      residenceStatus\n      periodOfStay\n      periodExpiry\n      cardNumber\n      myNumber\n      hasMyNumber\n    }\n    reception {\n      id\n      confirmationNumber\n      receptionDate\n    }\n    memos {\n      ...EditorMemo\n    }\n    attachments {\n      ...EditorAttachment\n    }\n    archivedDocuments {\n      ...EditorArchive\n    }\n    sourceDocuments {\n      id\n      filename\n      documentType\n      status\n    }\n    itemSources {\n      path\n      documentID\n      key\n      confidence\n    }\n  }\n": types.EditorNotificationFragmentDoc,
    "\n  fragment EditorMemo on Memo {\n    id\n    body\n    createdAt\n    authorName\n  }\n": types.EditorMemoFragmentDoc,
    "\n  fragment EditorAttachment on Attachment {\n    id\n    kind\n    filename\n    contentType\n    size\n    createdAt\n    url\n  }\n": types.EditorAttachmentFragmentDoc,
    "\n  fragment EditorArchive on ArchivedDocument {\n    id\n    version\n    profile\n    contentType\n    size\n    archivedAt\n    url\n  }\n": types.EditorArchiveFragmentDoc,
    "\n  query NotificationEditor($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        ...EditorNotification\n      }\n    }\n  }\n": types.NotificationEditorDocument,
    "\n  query NotificationMemos($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        memos {\n          ...EditorMemo\n        }\n        attachments {\n          ...EditorAttachment\n        }\n      }\n    }\n  }\n": types.NotificationMemosDocument,
    "\n  query PersonMyNumber($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        myNumber(unmasked: true)\n      }\n    }\n  }\n": types.PersonMyNumberDocument,
    "\n  mutation AddAttachment($id: ID!, $kind: AttachmentKind!, $file: Upload!) {\n    addAttachment(notificationID: $id, kind: $kind, file: $file) {\n      ...EditorAttachment\n    }\n  }\n": types.AddAttachmentDocument,
    "\n  mutation SaveNotificationDraft($id: ID!, $version: Int!, $input: NotificationDraftInput!) {\n    saveNotificationDraft(id: $id, version: $version, input: $input) {\n      notification {\n        id\n        version\n        status\n        statusLabel\n        reasonLabel\n        updatedAt\n        persons {\n          id\n          position\n          hasMyNumber\n        }\n      }\n      issues {\n        ...EditorIssue\n      }\n      completable\n    }\n  }\n": types.SaveNotificationDraftDocument,
    "\n  fragment WorkflowPayload on NotificationPayload {\n    notification {\n      id\n      version\n      status\n      statusLabel\n      statusReason\n      reasonLabel\n      updatedAt\n      archivedDocuments {\n        ...EditorArchive\n      }\n    }\n    issues {\n      ...EditorIssue\n    }\n    completable\n  }\n": types.WorkflowPayloadFragmentDoc,
    "\n  mutation SubmitNotification($id: ID!, $version: Int!) {\n    submitNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n": types.SubmitNotificationDocument,
    "\n  mutation ApproveNotification($id: ID!, $version: Int!) {\n    approveNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n": types.ApproveNotificationDocument,
    "\n  mutation SendBackNotification($id: ID!, $version: Int!, $reason: String!) {\n    sendBackNotification(id: $id, version: $version, reason: $reason) {\n      ...WorkflowPayload\n    }\n  }\n": types.SendBackNotificationDocument,
    "\n  mutation HoldNotification($id: ID!, $version: Int!, $reason: String!) {\n    holdNotification(id: $id, version: $version, reason: $reason) {\n      ...WorkflowPayload\n    }\n  }\n": types.HoldNotificationDocument,
    "\n  mutation ResumeNotification($id: ID!, $version: Int!) {\n    resumeNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n": types.ResumeNotificationDocument,
    "\n  mutation AddMemo($id: ID!, $body: String!) {\n    addMemo(notificationID: $id, body: $body) {\n      ...EditorMemo\n    }\n  }\n": types.AddMemoDocument,
    "\n  query NotificationFieldRules($reason: String!) {\n    notificationFieldRules(reason: $reason) {\n      field\n      need\n    }\n  }\n": types.NotificationFieldRulesDocument,
    "\n  query PersonFieldRules($reason: String!, $nationality: String, $residenceCategory: String, $residenceStatus: String) {\n    personFieldRules(\n      reason: $reason\n      nationality: $nationality\n      residenceCategory: $residenceCategory\n      residenceStatus: $residenceStatus\n    ) {\n      field\n      need\n    }\n  }\n": types.PersonFieldRulesDocument,
    "\n  query ParseJapaneseDate($text: String!) {\n    parseJapaneseDate(text: $text) {\n      iso\n      wareki\n      seireki\n    }\n  }\n": types.ParseJapaneseDateDocument,
    "\n  query AgeHelper($birth: String!) {\n    ageHelper(birth: $birth) {\n      age\n      text\n    }\n  }\n": types.AgeHelperDocument,
    "\n  query DescribePeriodOfStay($code: String!) {\n    describePeriodOfStay(code: $code) {\n      text\n    }\n  }\n": types.DescribePeriodOfStayDocument,
    "\n  query PostalCode($code: String!) {\n    postalCode(code: $code) {\n      postalCode\n      lgCode\n      prefecture\n      city\n      town\n      address\n    }\n  }\n": types.PostalCodeDocument,
    "\n  query Places($prefecture: String, $lgCode: String) {\n    places(prefecture: $prefecture, lgCode: $lgCode) {\n      level\n      lgCode\n      prefecture\n      city\n      town\n      address\n    }\n  }\n": types.PlacesDocument,
    "\n  query PlaceSearch($initials: String!) {\n    placeSearch(initials: $initials, limit: 50) {\n      level\n      lgCode\n      address\n    }\n  }\n": types.PlaceSearchDocument,
    "\n  query NormalizeAddress($text: String!) {\n    normalizeAddress(text: $text) {\n      text\n      warnings\n    }\n  }\n": types.NormalizeAddressDocument,
    "\n  query InputHistory($kind: String!, $prefix: String) {\n    inputHistory(kind: $kind, prefix: $prefix, limit: 8)\n  }\n": types.InputHistoryDocument,
    "\n  query KanjiSearch($query: KanjiQuery!) {\n    kanji(query: $query) {\n      char\n      codePoint\n      on\n      kun\n      strokes\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n": types.KanjiSearchDocument,
    "\n  query StockPhrases {\n    stockPhrases {\n      id\n      text\n    }\n  }\n": types.StockPhrasesDocument,
    "\n  query NotificationPaper($id: ID!, $mask: String) {\n    notificationPaper(id: $id, mask: $mask)\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        reasonLabel\n        statusLabel\n        archivedDocuments {\n          ...EditorArchive\n        }\n      }\n    }\n  }\n": types.NotificationPaperDocument,
    "\n  query IntakeReception($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Reception {\n        id\n        confirmationNumber\n        status\n        channel\n        openedAt\n        notifications {\n          id\n          reasonLabel\n          statusLabel\n        }\n        sourceDocuments {\n          id\n          filename\n          contentType\n          status\n          error\n          documentType\n          documentTypeHint\n          url\n          notificationID\n        }\n      }\n    }\n  }\n": types.IntakeReceptionDocument,
    "\n  mutation IntakeScanDocument($receptionID: ID!, $documentType: String, $file: Upload!) {\n    scanDocument(receptionID: $receptionID, documentType: $documentType, file: $file) {\n      id\n      status\n    }\n  }\n": types.IntakeScanDocumentDocument,
    "\n  mutation IntakeRereadDocument($id: ID!, $documentType: String) {\n    rereadDocument(id: $id, documentType: $documentType) {\n      id\n      status\n      error\n    }\n  }\n": types.IntakeRereadDocumentDocument,
    "\n  mutation IntakeAttachDocument($sourceDocumentID: ID!, $notificationID: ID!) {\n    attachSourceDocument(sourceDocumentID: $sourceDocumentID, notificationID: $notificationID) {\n      id\n      notificationID\n    }\n  }\n": types.IntakeAttachDocumentDocument,
    "\n  mutation IntakeCreateNotification($receptionID: ID!, $kind: NotificationKind, $input: NotificationDraftInput!) {\n    createNotification(receptionID: $receptionID, kind: $kind, input: $input) {\n      notification {\n        id\n      }\n    }\n  }\n": types.IntakeCreateNotificationDocument,
    "\n  fragment ReviewOcrField on OcrField {\n    key\n    value\n    confidence\n    box {\n      page\n      x\n      y\n      w\n      h\n    }\n  }\n": types.ReviewOcrFieldFragmentDoc,
    "\n  query ReviewDocument($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on SourceDocument {\n        id\n        filename\n        contentType\n        status\n        error\n        url\n        receptionID\n        notificationID\n        ocr {\n          documentType\n          documentTypeLabel\n          issuerLgCode\n          warnings\n          fields {\n            ...ReviewOcrField\n          }\n          persons {\n            fields {\n              ...ReviewOcrField\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReviewDocumentDocument,
    "\n  fragment ReviewDraft on Notification {\n    id\n    version\n    reason\n    notifiedOn\n    movedOn\n    plannedMoveOn\n    newAddress\n    newKatagaki\n    oldAddress\n    oldKatagaki\n    destination\n    destinationKatagaki\n    newHeadName\n    oldHeadName\n    notifier\n    notifierName\n    powerOfAttorney\n    sourceLgCode\n    remarks\n    office\n    persons {\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      romajiName\n      commonName\n      birthDate\n      sex\n      relationship\n      isHeadOfHousehold\n      residentCode\n      hasMyNumber\n      nationality\n      domicile\n      domicileHead\n      residenceCategory\n      residenceStatus\n      periodOfStay\n      periodExpiry\n      cardNumber\n    }\n  }\n": types.ReviewDraftFragmentDoc,
    "\n  mutation ReviewCreateNotification($id: ID!) {\n    createNotificationFromDocument(sourceDocumentID: $id) {\n      notification {\n        ...ReviewDraft\n      }\n    }\n  }\n": types.ReviewCreateNotificationDocument,
    "\n  mutation ReviewSaveDraft($id: ID!, $version: Int!, $input: NotificationDraftInput!) {\n    saveNotificationDraft(id: $id, version: $version, input: $input) {\n      notification {\n        id\n        version\n      }\n    }\n  }\n": types.ReviewSaveDraftDocument,
    "\n  query ReviewKanji($reading: String!) {\n    kanji(query: { reading: $reading, limit: 300 }) {\n      char\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n": types.ReviewKanjiDocument,
    "\n  query ReviewKanjiOf($char: String!) {\n    kanjiOf(char: $char) {\n      char\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n": types.ReviewKanjiOfDocument,
    "\n  fragment SearchResultFields on Notification {\n    id\n    reason\n    reasonLabel\n    status\n    statusLabel\n    statusReason\n    movedOn\n    movedDate\n    sourceLgCode\n    createdAt\n    reception {\n      id\n      confirmationNumber\n      receptionDate\n    }\n    persons {\n      id\n      position\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      birthDate\n      birthDay\n      isHeadOfHousehold\n    }\n    memos {\n      id\n      body\n      createdAt\n      authorName\n    }\n    attachments {\n      id\n      kind\n      filename\n      size\n      url\n      createdAt\n    }\n    archivedDocuments {\n      id\n      profile\n      profileName\n      version\n      size\n      url\n    }\n  }\n": types.SearchResultFieldsFragmentDoc,
    "\n  query SearchNotifications($search: NotificationSearch, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    notifications(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SearchResultFields\n        }\n      }\n    }\n  }\n": types.SearchNotificationsDocument,
    "\n  query SearchStaff {\n    users(first: 100, orderBy: { field: DISPLAY_NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          loginID\n          displayName\n        }\n      }\n    }\n  }\n": types.SearchStaffDocument,
    "\n  query ParseBirthDate($text: String!) {\n    parseJapaneseDate(text: $text) {\n      iso\n      wareki\n      seireki\n    }\n  }\n": types.ParseBirthDateDocument,
    "\n  mutation AddSearchMemo($notificationID: ID!, $body: String!) {\n    addMemo(notificationID: $notificationID, body: $body) {\n      id\n      body\n      createdAt\n      authorName\n    }\n  }\n": types.AddSearchMemoDocument,
    "\n  mutation AddSearchAttachment($notificationID: ID!, $kind: AttachmentKind!, $file: Upload!) {\n    addAttachment(notificationID: $notificationID, kind: $kind, file: $file) {\n      id\n      kind\n      filename\n      size\n      url\n      createdAt\n    }\n  }\n": types.AddSearchAttachmentDocument,
    "\n  query TodayReceptions($date: String!) {\n    # 200 a day is far above a city counter's load and stays under the server's complexity limit (5000).\n    receptions(where: { receptionDate: $date }, orderBy: { field: OPENED_AT, direction: ASC }, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          confirmationNumber\n          openedAt\n          closedAt\n          status\n          channel\n          notifications {\n            id\n            reasonLabel\n            statusLabel\n          }\n        }\n      }\n    }\n  }\n": types.TodayReceptionsDocument,
    "\n  mutation TodayOpenReception {\n    openReception {\n      id\n      confirmationNumber\n    }\n  }\n": types.TodayOpenReceptionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    loginId\n    displayName\n    permissions\n    roles\n    mustChangePassword\n    roleInfos {\n      code\n      label\n    }\n    permissionInfos {\n      code\n      label\n    }\n    tenant {\n      id\n      lgCode\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    loginId\n    displayName\n    permissions\n    roles\n    mustChangePassword\n    roleInfos {\n      code\n      label\n    }\n    permissionInfos {\n      code\n      label\n    }\n    tenant {\n      id\n      lgCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($loginId: String!, $password: String!, $tenant: String) {\n    login(loginId: $loginId, password: $password, tenant: $tenant) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($loginId: String!, $password: String!, $tenant: String) {\n    login(loginId: $loginId, password: $password, tenant: $tenant) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoveReasons {\n    moveReasons {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query MoveReasons {\n    moveReasons {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    loginID\n    displayName\n    disabled\n    mustChangePassword\n    lockedUntil\n    lastLoginAt\n    roleAssignments {\n      id\n      role\n      label\n    }\n    groups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    loginID\n    displayName\n    disabled\n    mustChangePassword\n    lockedUntil\n    lastLoginAt\n    roleAssignments {\n      id\n      role\n      label\n    }\n    groups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users(first: 100, orderBy: { field: LOGIN_ID, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n    roles {\n      code\n      label\n    }\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users(first: 100, orderBy: { field: LOGIN_ID, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n    roles {\n      code\n      label\n    }\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        ...AdminUserFields\n      }\n    }\n    roles {\n      code\n      label\n    }\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUser($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        ...AdminUserFields\n      }\n    }\n    roles {\n      code\n      label\n    }\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminGroupFields on Group {\n    id\n    name\n    description\n    members {\n      id\n      loginID\n      displayName\n    }\n    roleAssignments {\n      id\n      role\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment AdminGroupFields on Group {\n    id\n    name\n    description\n    members {\n      id\n      loginID\n      displayName\n    }\n    roleAssignments {\n      id\n      role\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminGroups {\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...AdminGroupFields\n        }\n      }\n    }\n    roles {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query AdminGroups {\n    groups(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...AdminGroupFields\n        }\n      }\n    }\n    roles {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminGroup($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Group {\n        ...AdminGroupFields\n      }\n    }\n    roles {\n      code\n      label\n    }\n    users(first: 100, orderBy: { field: LOGIN_ID, direction: ASC }) {\n      edges {\n        node {\n          id\n          loginID\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminGroup($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Group {\n        ...AdminGroupFields\n      }\n    }\n    roles {\n      code\n      label\n    }\n    users(first: 100, orderBy: { field: LOGIN_ID, direction: ASC }) {\n      edges {\n        node {\n          id\n          loginID\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...AdminGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...AdminGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...AdminGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...AdminGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetGroupRoles($id: ID!, $roles: [String!]!) {\n    setGroupRoles(id: $id, roles: $roles) {\n      ...AdminGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetGroupRoles($id: ID!, $roles: [String!]!) {\n    setGroupRoles(id: $id, roles: $roles) {\n      ...AdminGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStockPhrases {\n    stockPhrases {\n      id\n      text\n      position\n    }\n  }\n"): (typeof documents)["\n  query AdminStockPhrases {\n    stockPhrases {\n      id\n      text\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddStockPhrase($text: String!, $position: Int) {\n    addStockPhrase(text: $text, position: $position) {\n      id\n      text\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddStockPhrase($text: String!, $position: Int) {\n    addStockPhrase(text: $text, position: $position) {\n      id\n      text\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteStockPhrase($id: ID!) {\n    deleteStockPhrase(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteStockPhrase($id: ID!) {\n    deleteStockPhrase(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFormLayouts {\n    formLayouts {\n      id\n      kind\n      version\n      name\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AdminFormLayouts {\n    formLayouts {\n      id\n      kind\n      version\n      name\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUploadFormLayout($kind: NotificationKind!, $definition: String!) {\n    uploadFormLayout(kind: $kind, definition: $definition) {\n      id\n      kind\n      version\n      name\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUploadFormLayout($kind: NotificationKind!, $definition: String!) {\n    uploadFormLayout(kind: $kind, definition: $definition) {\n      id\n      kind\n      version\n      name\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAddressMaster {\n    addressMaster {\n      lgCode\n      city\n      source\n      towns\n      csv\n    }\n  }\n"): (typeof documents)["\n  query AdminAddressMaster {\n    addressMaster {\n      lgCode\n      city\n      source\n      towns\n      csv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportAddressMaster($csv: String!) {\n    importAddressMaster(csv: $csv) {\n      lgCode\n      city\n      source\n      towns\n      csv\n    }\n  }\n"): (typeof documents)["\n  mutation AdminImportAddressMaster($csv: String!) {\n    importAddressMaster(csv: $csv) {\n      lgCode\n      city\n      source\n      towns\n      csv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMaskProfiles {\n    maskProfiles {\n      key\n      name\n      fields\n      requiredPermission\n      builtin\n      active\n    }\n  }\n"): (typeof documents)["\n  query AdminMaskProfiles {\n    maskProfiles {\n      key\n      name\n      fields\n      requiredPermission\n      builtin\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSaveMaskProfile($input: MaskProfileInput!) {\n    saveMaskProfile(input: $input) {\n      key\n      name\n      fields\n      requiredPermission\n      builtin\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSaveMaskProfile($input: MaskProfileInput!) {\n    saveMaskProfile(input: $input) {\n      key\n      name\n      fields\n      requiredPermission\n      builtin\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteMaskProfile($key: String!) {\n    deleteMaskProfile(key: $key)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteMaskProfile($key: String!) {\n    deleteMaskProfile(key: $key)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOcrTemplates {\n    ocrTemplates {\n      ref\n      templateID\n      version\n      documentType\n      documentTypeLabel\n      name\n      media\n      issuers\n      own\n      verified\n      source\n    }\n  }\n"): (typeof documents)["\n  query AdminOcrTemplates {\n    ocrTemplates {\n      ref\n      templateID\n      version\n      documentType\n      documentTypeLabel\n      name\n      media\n      issuers\n      own\n      verified\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOcrTemplateDefinition($documentType: String) {\n    ocrTemplates(documentType: $documentType) {\n      ref\n      definition\n    }\n  }\n"): (typeof documents)["\n  query AdminOcrTemplateDefinition($documentType: String) {\n    ocrTemplates(documentType: $documentType) {\n      ref\n      definition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteOcrTemplate($templateID: String!) {\n    deleteOcrTemplate(templateID: $templateID)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteOcrTemplate($templateID: String!) {\n    deleteOcrTemplate(templateID: $templateID)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSaveOcrTemplate($definition: String!) {\n    saveOcrTemplate(definition: $definition) {\n      ref\n      templateID\n      version\n      name\n      documentTypeLabel\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSaveOcrTemplate($definition: String!) {\n    saveOcrTemplate(definition: $definition) {\n      ref\n      templateID\n      version\n      name\n      documentTypeLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminActiveFormLayout($kind: NotificationKind!) {\n    activeFormLayout(kind: $kind)\n  }\n"): (typeof documents)["\n  query AdminActiveFormLayout($kind: NotificationKind!) {\n    activeFormLayout(kind: $kind)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFormLayoutDefinitions {\n    formLayouts {\n      id\n      definition\n    }\n  }\n"): (typeof documents)["\n  query AdminFormLayoutDefinitions {\n    formLayouts {\n      id\n      definition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SampleDocumentFields on SourceDocument {\n    id\n    filename\n    contentType\n    documentType\n    status\n    createdAt\n    url\n  }\n"): (typeof documents)["\n  fragment SampleDocumentFields on SourceDocument {\n    id\n    filename\n    contentType\n    documentType\n    status\n    createdAt\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSampleDocuments {\n    sourceDocuments(first: 20) {\n      edges {\n        node {\n          ...SampleDocumentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSampleDocuments {\n    sourceDocuments(first: 20) {\n      edges {\n        node {\n          ...SampleDocumentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUploadSample($documentType: String, $file: Upload!) {\n    scanDocument(documentType: $documentType, file: $file) {\n      ...SampleDocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUploadSample($documentType: String, $file: Upload!) {\n    scanDocument(documentType: $documentType, file: $file) {\n      ...SampleDocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTemplateFromSample($input: OcrTemplateFromSampleInput!) {\n    createOcrTemplateFromSample(input: $input) {\n      ref\n      templateID\n      version\n      name\n      documentTypeLabel\n      media\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateTemplateFromSample($input: OcrTemplateFromSampleInput!) {\n    createOcrTemplateFromSample(input: $input) {\n      ref\n      templateID\n      version\n      name\n      documentTypeLabel\n      media\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitizenSettingsFields on CitizenSettings {\n    color\n    hasEmblem\n    hasImage\n    welcomeJa\n    welcomeEn\n    idleMinutes\n    codeValidDays\n    liffId\n    lineLoginChannelId\n    lineConfigured\n    ownGlossary\n    ownCounters\n    glossaryJson\n    countersJson\n    appPath\n  }\n"): (typeof documents)["\n  fragment CitizenSettingsFields on CitizenSettings {\n    color\n    hasEmblem\n    hasImage\n    welcomeJa\n    welcomeEn\n    idleMinutes\n    codeValidDays\n    liffId\n    lineLoginChannelId\n    lineConfigured\n    ownGlossary\n    ownCounters\n    glossaryJson\n    countersJson\n    appPath\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenSettings {\n    citizenSettings {\n      ...CitizenSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query CitizenSettings {\n    citizenSettings {\n      ...CitizenSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCitizenSettings($input: CitizenSettingsInput!) {\n    saveCitizenSettings(input: $input) {\n      ...CitizenSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCitizenSettings($input: CitizenSettingsInput!) {\n    saveCitizenSettings(input: $input) {\n      ...CitizenSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCitizenPicture($which: String!, $file: Upload) {\n    setCitizenPicture(which: $which, file: $file) {\n      ...CitizenSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCitizenPicture($which: String!, $file: Upload) {\n    setCitizenPicture(which: $which, file: $file) {\n      ...CitizenSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNavigationTexts($glossary: String, $counters: String) {\n    saveNavigationTexts(glossary: $glossary, counters: $counters) {\n      ...CitizenSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNavigationTexts($glossary: String, $counters: String) {\n    saveNavigationTexts(glossary: $glossary, counters: $counters) {\n      ...CitizenSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NavigationFlows {\n    navigationFlows {\n      id\n      title\n      order\n      standard\n      customized\n      updatedAt\n      questionCount\n      depth\n      definition\n    }\n  }\n"): (typeof documents)["\n  query NavigationFlows {\n    navigationFlows {\n      id\n      title\n      order\n      standard\n      customized\n      updatedAt\n      questionCount\n      depth\n      definition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NavigationTitles {\n    navigationFlows {\n      id\n      title\n      order\n    }\n  }\n"): (typeof documents)["\n  query NavigationTitles {\n    navigationFlows {\n      id\n      title\n      order\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNavigationFlow($definition: String!) {\n    saveNavigationFlow(definition: $definition) {\n      id\n      title\n      order\n      standard\n      customized\n      updatedAt\n      questionCount\n      depth\n      definition\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNavigationFlow($definition: String!) {\n    saveNavigationFlow(definition: $definition) {\n      id\n      title\n      order\n      standard\n      customized\n      updatedAt\n      questionCount\n      depth\n      definition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetNavigationFlow($id: String!) {\n    resetNavigationFlow(id: $id)\n  }\n"): (typeof documents)["\n  mutation ResetNavigationFlow($id: String!) {\n    resetNavigationFlow(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenKeys {\n    citizenKeys {\n      keyId\n      createdAt\n      expiresAt\n      retiredAt\n      active\n    }\n  }\n"): (typeof documents)["\n  query CitizenKeys {\n    citizenKeys {\n      keyId\n      createdAt\n      expiresAt\n      retiredAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCitizenKey($retireOthers: Boolean) {\n    rotateCitizenKey(retireOthers: $retireOthers) {\n      keyId\n      createdAt\n      expiresAt\n      retiredAt\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RotateCitizenKey($retireOthers: Boolean) {\n    rotateCitizenKey(retireOthers: $retireOthers) {\n      keyId\n      createdAt\n      expiresAt\n      retiredAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessCounts($from: String!, $to: String!) {\n    accessCounts(from: $from, to: $to) {\n      day\n      event\n      channel\n      count\n    }\n  }\n"): (typeof documents)["\n  query AccessCounts($from: String!, $to: String!) {\n    accessCounts(from: $from, to: $to) {\n      day\n      event\n      channel\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCitizenCode($code: String!, $receptionID: ID) {\n    importCitizenCode(code: $code, receptionID: $receptionID) {\n      reception {\n        id\n        confirmationNumber\n        channel\n      }\n      notification {\n        notification {\n          id\n        }\n      }\n      flowId\n      flowTitle\n      persons\n      madeAt\n      procedures\n      bring\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCitizenCode($code: String!, $receptionID: ID) {\n    importCitizenCode(code: $code, receptionID: $receptionID) {\n      reception {\n        id\n        confirmationNumber\n        channel\n      }\n      notification {\n        notification {\n          id\n        }\n      }\n      flowId\n      flowTitle\n      persons\n      madeAt\n      procedures\n      bring\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorIssue on ValidationIssue {\n    path\n    code\n    severity\n    message\n  }\n"): (typeof documents)["\n  fragment EditorIssue on ValidationIssue {\n    path\n    code\n    severity\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorNotification on Notification {\n    id\n    kind\n    reason\n    reasonLabel\n    status\n    statusLabel\n    statusReason\n    version\n    updatedAt\n    notifiedOn\n    movedOn\n    plannedMoveOn\n    newAddress\n    newKatagaki\n    oldAddress\n    oldKatagaki\n    destination\n    destinationKatagaki\n    newHeadName\n    oldHeadName\n    notifier\n    notifierName\n    powerOfAttorney\n    sourceLgCode\n    remarks\n    office\n    completable\n    issues {\n      ...EditorIssue\n    }\n    persons {\n      id\n      position\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      romajiName\n      commonName\n      birthDate\n      sex\n      relationship\n      isHeadOfHousehold\n      residentCode\n      nationality\n      domicile\n      domicileHead\n      residenceCategory\n      residenceStatus\n      periodOfStay\n      periodExpiry\n      cardNumber\n      myNumber\n      hasMyNumber\n    }\n    reception {\n      id\n      confirmationNumber\n      receptionDate\n    }\n    memos {\n      ...EditorMemo\n    }\n    attachments {\n      ...EditorAttachment\n    }\n    archivedDocuments {\n      ...EditorArchive\n    }\n    sourceDocuments {\n      id\n      filename\n      documentType\n      status\n    }\n    itemSources {\n      path\n      documentID\n      key\n      confidence\n    }\n  }\n"): (typeof documents)["\n  fragment EditorNotification on Notification {\n    id\n    kind\n    reason\n    reasonLabel\n    status\n    statusLabel\n    statusReason\n    version\n    updatedAt\n    notifiedOn\n    movedOn\n    plannedMoveOn\n    newAddress\n    newKatagaki\n    oldAddress\n    oldKatagaki\n    destination\n    destinationKatagaki\n    newHeadName\n    oldHeadName\n    notifier\n    notifierName\n    powerOfAttorney\n    sourceLgCode\n    remarks\n    office\n    completable\n    issues {\n      ...EditorIssue\n    }\n    persons {\n      id\n      position\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      romajiName\n      commonName\n      birthDate\n      sex\n      relationship\n      isHeadOfHousehold\n      residentCode\n      nationality\n      domicile\n      domicileHead\n      residenceCategory\n      residenceStatus\n      periodOfStay\n      periodExpiry\n      cardNumber\n      myNumber\n      hasMyNumber\n    }\n    reception {\n      id\n      confirmationNumber\n      receptionDate\n    }\n    memos {\n      ...EditorMemo\n    }\n    attachments {\n      ...EditorAttachment\n    }\n    archivedDocuments {\n      ...EditorArchive\n    }\n    sourceDocuments {\n      id\n      filename\n      documentType\n      status\n    }\n    itemSources {\n      path\n      documentID\n      key\n      confidence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorMemo on Memo {\n    id\n    body\n    createdAt\n    authorName\n  }\n"): (typeof documents)["\n  fragment EditorMemo on Memo {\n    id\n    body\n    createdAt\n    authorName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorAttachment on Attachment {\n    id\n    kind\n    filename\n    contentType\n    size\n    createdAt\n    url\n  }\n"): (typeof documents)["\n  fragment EditorAttachment on Attachment {\n    id\n    kind\n    filename\n    contentType\n    size\n    createdAt\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorArchive on ArchivedDocument {\n    id\n    version\n    profile\n    contentType\n    size\n    archivedAt\n    url\n  }\n"): (typeof documents)["\n  fragment EditorArchive on ArchivedDocument {\n    id\n    version\n    profile\n    contentType\n    size\n    archivedAt\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationEditor($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        ...EditorNotification\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationEditor($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        ...EditorNotification\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationMemos($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        memos {\n          ...EditorMemo\n        }\n        attachments {\n          ...EditorAttachment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationMemos($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        memos {\n          ...EditorMemo\n        }\n        attachments {\n          ...EditorAttachment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonMyNumber($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        myNumber(unmasked: true)\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonMyNumber($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        myNumber(unmasked: true)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAttachment($id: ID!, $kind: AttachmentKind!, $file: Upload!) {\n    addAttachment(notificationID: $id, kind: $kind, file: $file) {\n      ...EditorAttachment\n    }\n  }\n"): (typeof documents)["\n  mutation AddAttachment($id: ID!, $kind: AttachmentKind!, $file: Upload!) {\n    addAttachment(notificationID: $id, kind: $kind, file: $file) {\n      ...EditorAttachment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNotificationDraft($id: ID!, $version: Int!, $input: NotificationDraftInput!) {\n    saveNotificationDraft(id: $id, version: $version, input: $input) {\n      notification {\n        id\n        version\n        status\n        statusLabel\n        reasonLabel\n        updatedAt\n        persons {\n          id\n          position\n          hasMyNumber\n        }\n      }\n      issues {\n        ...EditorIssue\n      }\n      completable\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNotificationDraft($id: ID!, $version: Int!, $input: NotificationDraftInput!) {\n    saveNotificationDraft(id: $id, version: $version, input: $input) {\n      notification {\n        id\n        version\n        status\n        statusLabel\n        reasonLabel\n        updatedAt\n        persons {\n          id\n          position\n          hasMyNumber\n        }\n      }\n      issues {\n        ...EditorIssue\n      }\n      completable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowPayload on NotificationPayload {\n    notification {\n      id\n      version\n      status\n      statusLabel\n      statusReason\n      reasonLabel\n      updatedAt\n      archivedDocuments {\n        ...EditorArchive\n      }\n    }\n    issues {\n      ...EditorIssue\n    }\n    completable\n  }\n"): (typeof documents)["\n  fragment WorkflowPayload on NotificationPayload {\n    notification {\n      id\n      version\n      status\n      statusLabel\n      statusReason\n      reasonLabel\n      updatedAt\n      archivedDocuments {\n        ...EditorArchive\n      }\n    }\n    issues {\n      ...EditorIssue\n    }\n    completable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitNotification($id: ID!, $version: Int!) {\n    submitNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitNotification($id: ID!, $version: Int!) {\n    submitNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveNotification($id: ID!, $version: Int!) {\n    approveNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveNotification($id: ID!, $version: Int!) {\n    approveNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBackNotification($id: ID!, $version: Int!, $reason: String!) {\n    sendBackNotification(id: $id, version: $version, reason: $reason) {\n      ...WorkflowPayload\n    }\n  }\n"): (typeof documents)["\n  mutation SendBackNotification($id: ID!, $version: Int!, $reason: String!) {\n    sendBackNotification(id: $id, version: $version, reason: $reason) {\n      ...WorkflowPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldNotification($id: ID!, $version: Int!, $reason: String!) {\n    holdNotification(id: $id, version: $version, reason: $reason) {\n      ...WorkflowPayload\n    }\n  }\n"): (typeof documents)["\n  mutation HoldNotification($id: ID!, $version: Int!, $reason: String!) {\n    holdNotification(id: $id, version: $version, reason: $reason) {\n      ...WorkflowPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeNotification($id: ID!, $version: Int!) {\n    resumeNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeNotification($id: ID!, $version: Int!) {\n    resumeNotification(id: $id, version: $version) {\n      ...WorkflowPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMemo($id: ID!, $body: String!) {\n    addMemo(notificationID: $id, body: $body) {\n      ...EditorMemo\n    }\n  }\n"): (typeof documents)["\n  mutation AddMemo($id: ID!, $body: String!) {\n    addMemo(notificationID: $id, body: $body) {\n      ...EditorMemo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationFieldRules($reason: String!) {\n    notificationFieldRules(reason: $reason) {\n      field\n      need\n    }\n  }\n"): (typeof documents)["\n  query NotificationFieldRules($reason: String!) {\n    notificationFieldRules(reason: $reason) {\n      field\n      need\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonFieldRules($reason: String!, $nationality: String, $residenceCategory: String, $residenceStatus: String) {\n    personFieldRules(\n      reason: $reason\n      nationality: $nationality\n      residenceCategory: $residenceCategory\n      residenceStatus: $residenceStatus\n    ) {\n      field\n      need\n    }\n  }\n"): (typeof documents)["\n  query PersonFieldRules($reason: String!, $nationality: String, $residenceCategory: String, $residenceStatus: String) {\n    personFieldRules(\n      reason: $reason\n      nationality: $nationality\n      residenceCategory: $residenceCategory\n      residenceStatus: $residenceStatus\n    ) {\n      field\n      need\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParseJapaneseDate($text: String!) {\n    parseJapaneseDate(text: $text) {\n      iso\n      wareki\n      seireki\n    }\n  }\n"): (typeof documents)["\n  query ParseJapaneseDate($text: String!) {\n    parseJapaneseDate(text: $text) {\n      iso\n      wareki\n      seireki\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgeHelper($birth: String!) {\n    ageHelper(birth: $birth) {\n      age\n      text\n    }\n  }\n"): (typeof documents)["\n  query AgeHelper($birth: String!) {\n    ageHelper(birth: $birth) {\n      age\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DescribePeriodOfStay($code: String!) {\n    describePeriodOfStay(code: $code) {\n      text\n    }\n  }\n"): (typeof documents)["\n  query DescribePeriodOfStay($code: String!) {\n    describePeriodOfStay(code: $code) {\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostalCode($code: String!) {\n    postalCode(code: $code) {\n      postalCode\n      lgCode\n      prefecture\n      city\n      town\n      address\n    }\n  }\n"): (typeof documents)["\n  query PostalCode($code: String!) {\n    postalCode(code: $code) {\n      postalCode\n      lgCode\n      prefecture\n      city\n      town\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places($prefecture: String, $lgCode: String) {\n    places(prefecture: $prefecture, lgCode: $lgCode) {\n      level\n      lgCode\n      prefecture\n      city\n      town\n      address\n    }\n  }\n"): (typeof documents)["\n  query Places($prefecture: String, $lgCode: String) {\n    places(prefecture: $prefecture, lgCode: $lgCode) {\n      level\n      lgCode\n      prefecture\n      city\n      town\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceSearch($initials: String!) {\n    placeSearch(initials: $initials, limit: 50) {\n      level\n      lgCode\n      address\n    }\n  }\n"): (typeof documents)["\n  query PlaceSearch($initials: String!) {\n    placeSearch(initials: $initials, limit: 50) {\n      level\n      lgCode\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NormalizeAddress($text: String!) {\n    normalizeAddress(text: $text) {\n      text\n      warnings\n    }\n  }\n"): (typeof documents)["\n  query NormalizeAddress($text: String!) {\n    normalizeAddress(text: $text) {\n      text\n      warnings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputHistory($kind: String!, $prefix: String) {\n    inputHistory(kind: $kind, prefix: $prefix, limit: 8)\n  }\n"): (typeof documents)["\n  query InputHistory($kind: String!, $prefix: String) {\n    inputHistory(kind: $kind, prefix: $prefix, limit: 8)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KanjiSearch($query: KanjiQuery!) {\n    kanji(query: $query) {\n      char\n      codePoint\n      on\n      kun\n      strokes\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n"): (typeof documents)["\n  query KanjiSearch($query: KanjiQuery!) {\n    kanji(query: $query) {\n      char\n      codePoint\n      on\n      kun\n      strokes\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockPhrases {\n    stockPhrases {\n      id\n      text\n    }\n  }\n"): (typeof documents)["\n  query StockPhrases {\n    stockPhrases {\n      id\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPaper($id: ID!, $mask: String) {\n    notificationPaper(id: $id, mask: $mask)\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        reasonLabel\n        statusLabel\n        archivedDocuments {\n          ...EditorArchive\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationPaper($id: ID!, $mask: String) {\n    notificationPaper(id: $id, mask: $mask)\n    node(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        reasonLabel\n        statusLabel\n        archivedDocuments {\n          ...EditorArchive\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeReception($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Reception {\n        id\n        confirmationNumber\n        status\n        channel\n        openedAt\n        notifications {\n          id\n          reasonLabel\n          statusLabel\n        }\n        sourceDocuments {\n          id\n          filename\n          contentType\n          status\n          error\n          documentType\n          documentTypeHint\n          url\n          notificationID\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakeReception($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Reception {\n        id\n        confirmationNumber\n        status\n        channel\n        openedAt\n        notifications {\n          id\n          reasonLabel\n          statusLabel\n        }\n        sourceDocuments {\n          id\n          filename\n          contentType\n          status\n          error\n          documentType\n          documentTypeHint\n          url\n          notificationID\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntakeScanDocument($receptionID: ID!, $documentType: String, $file: Upload!) {\n    scanDocument(receptionID: $receptionID, documentType: $documentType, file: $file) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation IntakeScanDocument($receptionID: ID!, $documentType: String, $file: Upload!) {\n    scanDocument(receptionID: $receptionID, documentType: $documentType, file: $file) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntakeRereadDocument($id: ID!, $documentType: String) {\n    rereadDocument(id: $id, documentType: $documentType) {\n      id\n      status\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation IntakeRereadDocument($id: ID!, $documentType: String) {\n    rereadDocument(id: $id, documentType: $documentType) {\n      id\n      status\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntakeAttachDocument($sourceDocumentID: ID!, $notificationID: ID!) {\n    attachSourceDocument(sourceDocumentID: $sourceDocumentID, notificationID: $notificationID) {\n      id\n      notificationID\n    }\n  }\n"): (typeof documents)["\n  mutation IntakeAttachDocument($sourceDocumentID: ID!, $notificationID: ID!) {\n    attachSourceDocument(sourceDocumentID: $sourceDocumentID, notificationID: $notificationID) {\n      id\n      notificationID\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntakeCreateNotification($receptionID: ID!, $kind: NotificationKind, $input: NotificationDraftInput!) {\n    createNotification(receptionID: $receptionID, kind: $kind, input: $input) {\n      notification {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IntakeCreateNotification($receptionID: ID!, $kind: NotificationKind, $input: NotificationDraftInput!) {\n    createNotification(receptionID: $receptionID, kind: $kind, input: $input) {\n      notification {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewOcrField on OcrField {\n    key\n    value\n    confidence\n    box {\n      page\n      x\n      y\n      w\n      h\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewOcrField on OcrField {\n    key\n    value\n    confidence\n    box {\n      page\n      x\n      y\n      w\n      h\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewDocument($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on SourceDocument {\n        id\n        filename\n        contentType\n        status\n        error\n        url\n        receptionID\n        notificationID\n        ocr {\n          documentType\n          documentTypeLabel\n          issuerLgCode\n          warnings\n          fields {\n            ...ReviewOcrField\n          }\n          persons {\n            fields {\n              ...ReviewOcrField\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewDocument($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on SourceDocument {\n        id\n        filename\n        contentType\n        status\n        error\n        url\n        receptionID\n        notificationID\n        ocr {\n          documentType\n          documentTypeLabel\n          issuerLgCode\n          warnings\n          fields {\n            ...ReviewOcrField\n          }\n          persons {\n            fields {\n              ...ReviewOcrField\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewDraft on Notification {\n    id\n    version\n    reason\n    notifiedOn\n    movedOn\n    plannedMoveOn\n    newAddress\n    newKatagaki\n    oldAddress\n    oldKatagaki\n    destination\n    destinationKatagaki\n    newHeadName\n    oldHeadName\n    notifier\n    notifierName\n    powerOfAttorney\n    sourceLgCode\n    remarks\n    office\n    persons {\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      romajiName\n      commonName\n      birthDate\n      sex\n      relationship\n      isHeadOfHousehold\n      residentCode\n      hasMyNumber\n      nationality\n      domicile\n      domicileHead\n      residenceCategory\n      residenceStatus\n      periodOfStay\n      periodExpiry\n      cardNumber\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewDraft on Notification {\n    id\n    version\n    reason\n    notifiedOn\n    movedOn\n    plannedMoveOn\n    newAddress\n    newKatagaki\n    oldAddress\n    oldKatagaki\n    destination\n    destinationKatagaki\n    newHeadName\n    oldHeadName\n    notifier\n    notifierName\n    powerOfAttorney\n    sourceLgCode\n    remarks\n    office\n    persons {\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      romajiName\n      commonName\n      birthDate\n      sex\n      relationship\n      isHeadOfHousehold\n      residentCode\n      hasMyNumber\n      nationality\n      domicile\n      domicileHead\n      residenceCategory\n      residenceStatus\n      periodOfStay\n      periodExpiry\n      cardNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewCreateNotification($id: ID!) {\n    createNotificationFromDocument(sourceDocumentID: $id) {\n      notification {\n        ...ReviewDraft\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewCreateNotification($id: ID!) {\n    createNotificationFromDocument(sourceDocumentID: $id) {\n      notification {\n        ...ReviewDraft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSaveDraft($id: ID!, $version: Int!, $input: NotificationDraftInput!) {\n    saveNotificationDraft(id: $id, version: $version, input: $input) {\n      notification {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewSaveDraft($id: ID!, $version: Int!, $input: NotificationDraftInput!) {\n    saveNotificationDraft(id: $id, version: $version, input: $input) {\n      notification {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewKanji($reading: String!) {\n    kanji(query: { reading: $reading, limit: 300 }) {\n      char\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewKanji($reading: String!) {\n    kanji(query: { reading: $reading, limit: 300 }) {\n      char\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewKanjiOf($char: String!) {\n    kanjiOf(char: $char) {\n      char\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewKanjiOf($char: String!) {\n    kanjiOf(char: $char) {\n      char\n      variants\n      mj {\n        mj\n        char\n        codePoints\n        ivs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchResultFields on Notification {\n    id\n    reason\n    reasonLabel\n    status\n    statusLabel\n    statusReason\n    movedOn\n    movedDate\n    sourceLgCode\n    createdAt\n    reception {\n      id\n      confirmationNumber\n      receptionDate\n    }\n    persons {\n      id\n      position\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      birthDate\n      birthDay\n      isHeadOfHousehold\n    }\n    memos {\n      id\n      body\n      createdAt\n      authorName\n    }\n    attachments {\n      id\n      kind\n      filename\n      size\n      url\n      createdAt\n    }\n    archivedDocuments {\n      id\n      profile\n      profileName\n      version\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment SearchResultFields on Notification {\n    id\n    reason\n    reasonLabel\n    status\n    statusLabel\n    statusReason\n    movedOn\n    movedDate\n    sourceLgCode\n    createdAt\n    reception {\n      id\n      confirmationNumber\n      receptionDate\n    }\n    persons {\n      id\n      position\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      birthDate\n      birthDay\n      isHeadOfHousehold\n    }\n    memos {\n      id\n      body\n      createdAt\n      authorName\n    }\n    attachments {\n      id\n      kind\n      filename\n      size\n      url\n      createdAt\n    }\n    archivedDocuments {\n      id\n      profile\n      profileName\n      version\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNotifications($search: NotificationSearch, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    notifications(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SearchResultFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchNotifications($search: NotificationSearch, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    notifications(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SearchResultFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchStaff {\n    users(first: 100, orderBy: { field: DISPLAY_NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          loginID\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchStaff {\n    users(first: 100, orderBy: { field: DISPLAY_NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          loginID\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParseBirthDate($text: String!) {\n    parseJapaneseDate(text: $text) {\n      iso\n      wareki\n      seireki\n    }\n  }\n"): (typeof documents)["\n  query ParseBirthDate($text: String!) {\n    parseJapaneseDate(text: $text) {\n      iso\n      wareki\n      seireki\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSearchMemo($notificationID: ID!, $body: String!) {\n    addMemo(notificationID: $notificationID, body: $body) {\n      id\n      body\n      createdAt\n      authorName\n    }\n  }\n"): (typeof documents)["\n  mutation AddSearchMemo($notificationID: ID!, $body: String!) {\n    addMemo(notificationID: $notificationID, body: $body) {\n      id\n      body\n      createdAt\n      authorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSearchAttachment($notificationID: ID!, $kind: AttachmentKind!, $file: Upload!) {\n    addAttachment(notificationID: $notificationID, kind: $kind, file: $file) {\n      id\n      kind\n      filename\n      size\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddSearchAttachment($notificationID: ID!, $kind: AttachmentKind!, $file: Upload!) {\n    addAttachment(notificationID: $notificationID, kind: $kind, file: $file) {\n      id\n      kind\n      filename\n      size\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayReceptions($date: String!) {\n    # 200 a day is far above a city counter's load and stays under the server's complexity limit (5000).\n    receptions(where: { receptionDate: $date }, orderBy: { field: OPENED_AT, direction: ASC }, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          confirmationNumber\n          openedAt\n          closedAt\n          status\n          channel\n          notifications {\n            id\n            reasonLabel\n            statusLabel\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TodayReceptions($date: String!) {\n    # 200 a day is far above a city counter's load and stays under the server's complexity limit (5000).\n    receptions(where: { receptionDate: $date }, orderBy: { field: OPENED_AT, direction: ASC }, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          confirmationNumber\n          openedAt\n          closedAt\n          status\n          channel\n          notifications {\n            id\n            reasonLabel\n            statusLabel\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TodayOpenReception {\n    openReception {\n      id\n      confirmationNumber\n    }\n  }\n"): (typeof documents)["\n  mutation TodayOpenReception {\n    openReception {\n      id\n      confirmationNumber\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;