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
    "\n  mutation AddAgendaItem($meetingId: ID!, $input: AddAgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  subscription AgendaChanged($meetingId: ID!) {\n    agendaChanged(meetingId: $meetingId) {\n      kind\n      agendaItemId\n      actor {\n        id\n        name\n      }\n      meeting {\n        ...MeetingAgenda\n      }\n    }\n  }\n": typeof types.AgendaChangedDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    kind\n    minutesAllotted\n    source\n    carriedOverFromId\n    presenter {\n      id\n      name\n    }\n    item {\n      id\n      kind\n      title\n      status\n      confidential\n    }\n  }\n": typeof types.AgendaItemFieldsFragmentDoc,
    "\n  query AgendaSearch($vastlopers: VastloperFilter!, $doorbraken: DoorbraakFilter!) {\n    vastlopers(filter: $vastlopers, first: 8) {\n      edges {\n        node {\n          id\n          title\n          status\n          rung\n          confidential\n        }\n      }\n    }\n    doorbraken(filter: $doorbraken, first: 8) {\n      edges {\n        node {\n          id\n          title\n          status\n          rung\n        }\n      }\n    }\n  }\n": typeof types.AgendaSearchDocument,
    "\n  mutation CarryOverAgendaItem($id: ID!) {\n    carryOverAgendaItem(id: $id) {\n      id\n      meetingId\n    }\n  }\n": typeof types.CarryOverAgendaItemDocument,
    "\n  fragment MeetingAgenda on Meeting {\n    ...MeetingHeaderFields\n    viewerCan {\n      editAgenda\n      publishAgenda\n      carryOver\n    }\n    agenda {\n      ...AgendaItemFields\n    }\n    agendaTime {\n      totalMinutes\n      meetingMinutes\n      overrunMinutes\n    }\n    amendments {\n      id\n      change\n      description\n      urgent\n      agendaItemId\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n    openCommitments {\n      id\n      description\n      dueDate\n      overdue\n      status\n      owner {\n        id\n        name\n      }\n      committedByPartner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeetingAgendaFragmentDoc,
    "\n  query MeetingAgendaPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingAgenda\n      attendees {\n        id\n        person {\n          id\n          name\n        }\n      }\n      alliance {\n        id\n        chair {\n          id\n          name\n        }\n        rijksvertegenwoordigers {\n          id\n          person {\n            id\n            name\n          }\n        }\n        partners {\n          id\n          representatives {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingAgendaPageDocument,
    "\n  fragment MeetingHeaderFields on Meeting {\n    id\n    title\n    type\n    status\n    scheduledAt\n    durationMinutes\n    location\n    agendaPublishedAt\n    cancellationReason\n    alliance {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.MeetingHeaderFieldsFragmentDoc,
    "\n  mutation MoveAgendaItem($id: ID!, $position: Int!) {\n    moveAgendaItem(id: $id, position: $position) {\n      ...MeetingAgenda\n    }\n  }\n": typeof types.MoveAgendaItemDocument,
    "\n  mutation PublishAgenda($meetingId: ID!) {\n    publishAgenda(meetingId: $meetingId) {\n      ...MeetingAgenda\n    }\n  }\n": typeof types.PublishAgendaDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      ...MeetingAgenda\n    }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($id: ID!, $input: UpdateAgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.UpdateAgendaItemDocument,
    "\n  query AlliancePage($slug: String!) {\n    focusArea(slug: $slug) {\n      id\n      name\n      municipality\n      inhabitants\n      wijken\n      website\n      ambitions\n      characteristics {\n        opvallend\n        sociaaleconomisch\n        woningvoorraad\n      }\n      alliance {\n        id\n        name\n        viewerCan {\n          manageLadder\n        }\n        programmeBureau\n        programmeDescription\n        horizonStartYear\n        horizonEndYear\n        meetingCadence\n        chair {\n          id\n          name\n        }\n        partners {\n          id\n          name\n          type\n          representatives {\n            id\n            name\n          }\n        }\n        rijksvertegenwoordigers {\n          id\n          ministry\n          position\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlliancePageDocument,
    "\n  query EscalationLadder($allianceId: ID!) {\n    escalationLadder(allianceId: $allianceId) {\n      rung\n      unit\n      workingDays\n      duration\n      overridden\n      nationalDefault {\n        unit\n        workingDays\n        duration\n      }\n    }\n  }\n": typeof types.EscalationLadderDocument,
    "\n  mutation UpdateEscalationLadder($allianceId: ID!, $rungs: [RungSettingInput!]!) {\n    updateEscalationLadder(allianceId: $allianceId, rungs: $rungs) {\n      rung\n      unit\n      workingDays\n      duration\n      overridden\n      nationalDefault {\n        unit\n        workingDays\n        duration\n      }\n    }\n  }\n": typeof types.UpdateEscalationLadderDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      sso\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      organisation\n      memberships {\n        allianceId\n        allianceName\n        role\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query FocusAreas {\n    focusAreas {\n      id\n      slug\n      name\n      municipality\n      inhabitants\n      wijken\n      website\n      ambitions\n      alliance {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FocusAreasDocument,
    "\n  mutation AcknowledgeItem($itemId: ID!) {\n    acknowledge(itemId: $itemId) {\n      __typename\n    }\n  }\n": typeof types.AcknowledgeItemDocument,
    "\n  query HomeActionItems($filter: ActionItemFilter) {\n    actionItems(filter: $filter) {\n      id\n      description\n      dueDate\n      overdue\n      status\n    }\n  }\n": typeof types.HomeActionItemsDocument,
    "\n  query HomeItems($filter: VastloperFilter) {\n    vastlopers(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          rung\n          status\n          stalled\n          overdueAtTop\n          earlyWarningAt\n          rungEnteredAt\n          alliance {\n            id\n            name\n            slug\n          }\n          owner {\n            id\n          }\n          viewerCan {\n            acknowledge\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeItemsDocument,
    "\n  query HomeMeetings($filter: MeetingFilter) {\n    meetings(filter: $filter) {\n      id\n      title\n      scheduledAt\n      status\n      location\n    }\n  }\n": typeof types.HomeMeetingsDocument,
    "\n  query LadderOverview {\n    ladderOverview {\n      allianceId\n      allianceName\n      allianceSlug\n      open\n      stalled\n      overdueAtTop\n      perRung {\n        rung\n        count\n      }\n    }\n  }\n": typeof types.LadderOverviewDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      id\n      kind\n      message\n      link\n      createdAt\n      readAt\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation Acknowledge($itemId: ID!) {\n    acknowledge(itemId: $itemId) {\n      __typename\n    }\n  }\n": typeof types.AcknowledgeDocument,
    "\n  mutation AddProgress($itemId: ID!, $text: String!) {\n    addProgress(itemId: $itemId, text: $text) {\n      id\n    }\n  }\n": typeof types.AddProgressDocument,
    "\n  mutation CreateDoorbraak($input: CreateDoorbraakInput!) {\n    createDoorbraak(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDoorbraakDocument,
    "\n  mutation CreateVastloper($input: CreateVastloperInput!) {\n    createVastloper(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateVastloperDocument,
    "\n  mutation DeEscalate($itemId: ID!, $reason: String!) {\n    deEscalate(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n": typeof types.DeEscalateDocument,
    "\n  query Doorbraak($id: ID!) {\n    doorbraak(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      rung\n      actielijn\n      impact\n      stalled\n      rungEnteredAt\n      acknowledgedAt\n      achievedAt\n      createdAt\n      alliance {\n        id\n        name\n        slug\n      }\n      sharedWith {\n        id\n        name\n        slug\n      }\n      owner {\n        id\n        name\n      }\n      viewerCan {\n        update\n        addProgress\n        acknowledge\n        escalate\n        deEscalate\n        park\n        unpark\n        resolve\n        withdraw\n      }\n      timeline {\n        id\n        at\n        cause\n        fromRung\n        toRung\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      progressUpdates {\n        id\n        at\n        text\n        author {\n          id\n          name\n        }\n      }\n      agendaItems {\n        agendaItemId\n        meetingId\n        meetingTitle\n        scheduledAt\n        title\n      }\n      vastlopers {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.DoorbraakDocument,
    "\n  query Doorbraken($filter: DoorbraakFilter, $first: Int, $after: String) {\n    doorbraken(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          kind\n          rung\n          stalled\n          impact\n          rungEnteredAt\n          alliance {\n            id\n            name\n            slug\n          }\n          viewerCan {\n            escalate\n            deEscalate\n            acknowledge\n          }\n        }\n      }\n    }\n  }\n": typeof types.DoorbrakenDocument,
    "\n  mutation Escalate($itemId: ID!, $reason: String!) {\n    escalate(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n": typeof types.EscalateDocument,
    "\n  subscription LadderItemChanged {\n    ladderItemChanged {\n      itemType\n      itemId\n      toRung\n      item {\n        ... on Vastloper {\n          id\n          rung\n          status\n          rungEnteredAt\n        }\n        ... on Doorbraak {\n          id\n          doorbraakRung: rung\n          doorbraakStatus: status\n        }\n      }\n    }\n  }\n": typeof types.LadderItemChangedDocument,
    "\n  fragment VastloperSummary on Vastloper {\n    id\n    title\n    status\n    rung\n    category\n    confidential\n    stalled\n    overdueAtTop\n    rungEnteredAt\n    earlyWarningAt\n    nextEscalationAt\n    alliance {\n      id\n      name\n      slug\n    }\n    viewerCan {\n      escalate\n      deEscalate\n      acknowledge\n    }\n  }\n": typeof types.VastloperSummaryFragmentDoc,
    "\n  mutation Park($id: ID!, $until: DateTime!, $reason: String!) {\n    park(id: $id, until: $until, reason: $reason) {\n      id\n    }\n  }\n": typeof types.ParkDocument,
    "\n  mutation ResolveVastloper($id: ID!, $resolution: String, $doorbraakId: ID) {\n    resolveVastloper(id: $id, resolution: $resolution, doorbraakId: $doorbraakId) {\n      id\n    }\n  }\n": typeof types.ResolveVastloperDocument,
    "\n  mutation Unpark($id: ID!) {\n    unpark(id: $id) {\n      id\n    }\n  }\n": typeof types.UnparkDocument,
    "\n  mutation UpdateVastloper($input: UpdateVastloperInput!) {\n    updateVastloper(input: $input) {\n      id\n      title\n      description\n      legalReference\n    }\n  }\n": typeof types.UpdateVastloperDocument,
    "\n  query Vastloper($id: ID!) {\n    vastloper(id: $id) {\n      ...VastloperSummary\n      description\n      actielijn\n      owningMinistry\n      legalReference\n      remedy\n      createdAt\n      acknowledgedAt\n      lastProgressAt\n      parkedUntil\n      parkReason\n      resolution\n      resolvedAt\n      owner {\n        id\n        name\n        organisation\n      }\n      reporter {\n        id\n        name\n      }\n      viewerCan {\n        update\n        addProgress\n        acknowledge\n        escalate\n        deEscalate\n        park\n        unpark\n        resolve\n        withdraw\n      }\n      timeline {\n        id\n        at\n        cause\n        fromRung\n        toRung\n        reason\n        skippedRungs\n        actor {\n          id\n          name\n        }\n      }\n      progressUpdates {\n        id\n        at\n        text\n        author {\n          id\n          name\n        }\n      }\n      agendaItems {\n        agendaItemId\n        meetingId\n        meetingTitle\n        scheduledAt\n        title\n        meetingStatus\n      }\n      doorbraken {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.VastloperDocument,
    "\n  query Vastlopers($filter: VastloperFilter, $first: Int, $after: String) {\n    vastlopers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...VastloperSummary\n        }\n      }\n    }\n  }\n": typeof types.VastlopersDocument,
    "\n  mutation Withdraw($itemId: ID!, $reason: String) {\n    withdraw(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n": typeof types.WithdrawDocument,
};
const documents: Documents = {
    "\n  mutation AddAgendaItem($meetingId: ID!, $input: AddAgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  subscription AgendaChanged($meetingId: ID!) {\n    agendaChanged(meetingId: $meetingId) {\n      kind\n      agendaItemId\n      actor {\n        id\n        name\n      }\n      meeting {\n        ...MeetingAgenda\n      }\n    }\n  }\n": types.AgendaChangedDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    kind\n    minutesAllotted\n    source\n    carriedOverFromId\n    presenter {\n      id\n      name\n    }\n    item {\n      id\n      kind\n      title\n      status\n      confidential\n    }\n  }\n": types.AgendaItemFieldsFragmentDoc,
    "\n  query AgendaSearch($vastlopers: VastloperFilter!, $doorbraken: DoorbraakFilter!) {\n    vastlopers(filter: $vastlopers, first: 8) {\n      edges {\n        node {\n          id\n          title\n          status\n          rung\n          confidential\n        }\n      }\n    }\n    doorbraken(filter: $doorbraken, first: 8) {\n      edges {\n        node {\n          id\n          title\n          status\n          rung\n        }\n      }\n    }\n  }\n": types.AgendaSearchDocument,
    "\n  mutation CarryOverAgendaItem($id: ID!) {\n    carryOverAgendaItem(id: $id) {\n      id\n      meetingId\n    }\n  }\n": types.CarryOverAgendaItemDocument,
    "\n  fragment MeetingAgenda on Meeting {\n    ...MeetingHeaderFields\n    viewerCan {\n      editAgenda\n      publishAgenda\n      carryOver\n    }\n    agenda {\n      ...AgendaItemFields\n    }\n    agendaTime {\n      totalMinutes\n      meetingMinutes\n      overrunMinutes\n    }\n    amendments {\n      id\n      change\n      description\n      urgent\n      agendaItemId\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n    openCommitments {\n      id\n      description\n      dueDate\n      overdue\n      status\n      owner {\n        id\n        name\n      }\n      committedByPartner {\n        id\n        name\n      }\n    }\n  }\n": types.MeetingAgendaFragmentDoc,
    "\n  query MeetingAgendaPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingAgenda\n      attendees {\n        id\n        person {\n          id\n          name\n        }\n      }\n      alliance {\n        id\n        chair {\n          id\n          name\n        }\n        rijksvertegenwoordigers {\n          id\n          person {\n            id\n            name\n          }\n        }\n        partners {\n          id\n          representatives {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MeetingAgendaPageDocument,
    "\n  fragment MeetingHeaderFields on Meeting {\n    id\n    title\n    type\n    status\n    scheduledAt\n    durationMinutes\n    location\n    agendaPublishedAt\n    cancellationReason\n    alliance {\n      id\n      name\n      slug\n    }\n  }\n": types.MeetingHeaderFieldsFragmentDoc,
    "\n  mutation MoveAgendaItem($id: ID!, $position: Int!) {\n    moveAgendaItem(id: $id, position: $position) {\n      ...MeetingAgenda\n    }\n  }\n": types.MoveAgendaItemDocument,
    "\n  mutation PublishAgenda($meetingId: ID!) {\n    publishAgenda(meetingId: $meetingId) {\n      ...MeetingAgenda\n    }\n  }\n": types.PublishAgendaDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      ...MeetingAgenda\n    }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($id: ID!, $input: UpdateAgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.UpdateAgendaItemDocument,
    "\n  query AlliancePage($slug: String!) {\n    focusArea(slug: $slug) {\n      id\n      name\n      municipality\n      inhabitants\n      wijken\n      website\n      ambitions\n      characteristics {\n        opvallend\n        sociaaleconomisch\n        woningvoorraad\n      }\n      alliance {\n        id\n        name\n        viewerCan {\n          manageLadder\n        }\n        programmeBureau\n        programmeDescription\n        horizonStartYear\n        horizonEndYear\n        meetingCadence\n        chair {\n          id\n          name\n        }\n        partners {\n          id\n          name\n          type\n          representatives {\n            id\n            name\n          }\n        }\n        rijksvertegenwoordigers {\n          id\n          ministry\n          position\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AlliancePageDocument,
    "\n  query EscalationLadder($allianceId: ID!) {\n    escalationLadder(allianceId: $allianceId) {\n      rung\n      unit\n      workingDays\n      duration\n      overridden\n      nationalDefault {\n        unit\n        workingDays\n        duration\n      }\n    }\n  }\n": types.EscalationLadderDocument,
    "\n  mutation UpdateEscalationLadder($allianceId: ID!, $rungs: [RungSettingInput!]!) {\n    updateEscalationLadder(allianceId: $allianceId, rungs: $rungs) {\n      rung\n      unit\n      workingDays\n      duration\n      overridden\n      nationalDefault {\n        unit\n        workingDays\n        duration\n      }\n    }\n  }\n": types.UpdateEscalationLadderDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      sso\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      organisation\n      memberships {\n        allianceId\n        allianceName\n        role\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query FocusAreas {\n    focusAreas {\n      id\n      slug\n      name\n      municipality\n      inhabitants\n      wijken\n      website\n      ambitions\n      alliance {\n        id\n        name\n      }\n    }\n  }\n": types.FocusAreasDocument,
    "\n  mutation AcknowledgeItem($itemId: ID!) {\n    acknowledge(itemId: $itemId) {\n      __typename\n    }\n  }\n": types.AcknowledgeItemDocument,
    "\n  query HomeActionItems($filter: ActionItemFilter) {\n    actionItems(filter: $filter) {\n      id\n      description\n      dueDate\n      overdue\n      status\n    }\n  }\n": types.HomeActionItemsDocument,
    "\n  query HomeItems($filter: VastloperFilter) {\n    vastlopers(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          rung\n          status\n          stalled\n          overdueAtTop\n          earlyWarningAt\n          rungEnteredAt\n          alliance {\n            id\n            name\n            slug\n          }\n          owner {\n            id\n          }\n          viewerCan {\n            acknowledge\n          }\n        }\n      }\n    }\n  }\n": types.HomeItemsDocument,
    "\n  query HomeMeetings($filter: MeetingFilter) {\n    meetings(filter: $filter) {\n      id\n      title\n      scheduledAt\n      status\n      location\n    }\n  }\n": types.HomeMeetingsDocument,
    "\n  query LadderOverview {\n    ladderOverview {\n      allianceId\n      allianceName\n      allianceSlug\n      open\n      stalled\n      overdueAtTop\n      perRung {\n        rung\n        count\n      }\n    }\n  }\n": types.LadderOverviewDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      id\n      kind\n      message\n      link\n      createdAt\n      readAt\n    }\n  }\n": types.NotificationsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation Acknowledge($itemId: ID!) {\n    acknowledge(itemId: $itemId) {\n      __typename\n    }\n  }\n": types.AcknowledgeDocument,
    "\n  mutation AddProgress($itemId: ID!, $text: String!) {\n    addProgress(itemId: $itemId, text: $text) {\n      id\n    }\n  }\n": types.AddProgressDocument,
    "\n  mutation CreateDoorbraak($input: CreateDoorbraakInput!) {\n    createDoorbraak(input: $input) {\n      id\n    }\n  }\n": types.CreateDoorbraakDocument,
    "\n  mutation CreateVastloper($input: CreateVastloperInput!) {\n    createVastloper(input: $input) {\n      id\n    }\n  }\n": types.CreateVastloperDocument,
    "\n  mutation DeEscalate($itemId: ID!, $reason: String!) {\n    deEscalate(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n": types.DeEscalateDocument,
    "\n  query Doorbraak($id: ID!) {\n    doorbraak(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      rung\n      actielijn\n      impact\n      stalled\n      rungEnteredAt\n      acknowledgedAt\n      achievedAt\n      createdAt\n      alliance {\n        id\n        name\n        slug\n      }\n      sharedWith {\n        id\n        name\n        slug\n      }\n      owner {\n        id\n        name\n      }\n      viewerCan {\n        update\n        addProgress\n        acknowledge\n        escalate\n        deEscalate\n        park\n        unpark\n        resolve\n        withdraw\n      }\n      timeline {\n        id\n        at\n        cause\n        fromRung\n        toRung\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      progressUpdates {\n        id\n        at\n        text\n        author {\n          id\n          name\n        }\n      }\n      agendaItems {\n        agendaItemId\n        meetingId\n        meetingTitle\n        scheduledAt\n        title\n      }\n      vastlopers {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.DoorbraakDocument,
    "\n  query Doorbraken($filter: DoorbraakFilter, $first: Int, $after: String) {\n    doorbraken(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          kind\n          rung\n          stalled\n          impact\n          rungEnteredAt\n          alliance {\n            id\n            name\n            slug\n          }\n          viewerCan {\n            escalate\n            deEscalate\n            acknowledge\n          }\n        }\n      }\n    }\n  }\n": types.DoorbrakenDocument,
    "\n  mutation Escalate($itemId: ID!, $reason: String!) {\n    escalate(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n": types.EscalateDocument,
    "\n  subscription LadderItemChanged {\n    ladderItemChanged {\n      itemType\n      itemId\n      toRung\n      item {\n        ... on Vastloper {\n          id\n          rung\n          status\n          rungEnteredAt\n        }\n        ... on Doorbraak {\n          id\n          doorbraakRung: rung\n          doorbraakStatus: status\n        }\n      }\n    }\n  }\n": types.LadderItemChangedDocument,
    "\n  fragment VastloperSummary on Vastloper {\n    id\n    title\n    status\n    rung\n    category\n    confidential\n    stalled\n    overdueAtTop\n    rungEnteredAt\n    earlyWarningAt\n    nextEscalationAt\n    alliance {\n      id\n      name\n      slug\n    }\n    viewerCan {\n      escalate\n      deEscalate\n      acknowledge\n    }\n  }\n": types.VastloperSummaryFragmentDoc,
    "\n  mutation Park($id: ID!, $until: DateTime!, $reason: String!) {\n    park(id: $id, until: $until, reason: $reason) {\n      id\n    }\n  }\n": types.ParkDocument,
    "\n  mutation ResolveVastloper($id: ID!, $resolution: String, $doorbraakId: ID) {\n    resolveVastloper(id: $id, resolution: $resolution, doorbraakId: $doorbraakId) {\n      id\n    }\n  }\n": types.ResolveVastloperDocument,
    "\n  mutation Unpark($id: ID!) {\n    unpark(id: $id) {\n      id\n    }\n  }\n": types.UnparkDocument,
    "\n  mutation UpdateVastloper($input: UpdateVastloperInput!) {\n    updateVastloper(input: $input) {\n      id\n      title\n      description\n      legalReference\n    }\n  }\n": types.UpdateVastloperDocument,
    "\n  query Vastloper($id: ID!) {\n    vastloper(id: $id) {\n      ...VastloperSummary\n      description\n      actielijn\n      owningMinistry\n      legalReference\n      remedy\n      createdAt\n      acknowledgedAt\n      lastProgressAt\n      parkedUntil\n      parkReason\n      resolution\n      resolvedAt\n      owner {\n        id\n        name\n        organisation\n      }\n      reporter {\n        id\n        name\n      }\n      viewerCan {\n        update\n        addProgress\n        acknowledge\n        escalate\n        deEscalate\n        park\n        unpark\n        resolve\n        withdraw\n      }\n      timeline {\n        id\n        at\n        cause\n        fromRung\n        toRung\n        reason\n        skippedRungs\n        actor {\n          id\n          name\n        }\n      }\n      progressUpdates {\n        id\n        at\n        text\n        author {\n          id\n          name\n        }\n      }\n      agendaItems {\n        agendaItemId\n        meetingId\n        meetingTitle\n        scheduledAt\n        title\n        meetingStatus\n      }\n      doorbraken {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.VastloperDocument,
    "\n  query Vastlopers($filter: VastloperFilter, $first: Int, $after: String) {\n    vastlopers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...VastloperSummary\n        }\n      }\n    }\n  }\n": types.VastlopersDocument,
    "\n  mutation Withdraw($itemId: ID!, $reason: String) {\n    withdraw(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n": types.WithdrawDocument,
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
export function graphql(source: "\n  mutation AddAgendaItem($meetingId: ID!, $input: AddAgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($meetingId: ID!, $input: AddAgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgendaChanged($meetingId: ID!) {\n    agendaChanged(meetingId: $meetingId) {\n      kind\n      agendaItemId\n      actor {\n        id\n        name\n      }\n      meeting {\n        ...MeetingAgenda\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AgendaChanged($meetingId: ID!) {\n    agendaChanged(meetingId: $meetingId) {\n      kind\n      agendaItemId\n      actor {\n        id\n        name\n      }\n      meeting {\n        ...MeetingAgenda\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    kind\n    minutesAllotted\n    source\n    carriedOverFromId\n    presenter {\n      id\n      name\n    }\n    item {\n      id\n      kind\n      title\n      status\n      confidential\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    kind\n    minutesAllotted\n    source\n    carriedOverFromId\n    presenter {\n      id\n      name\n    }\n    item {\n      id\n      kind\n      title\n      status\n      confidential\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaSearch($vastlopers: VastloperFilter!, $doorbraken: DoorbraakFilter!) {\n    vastlopers(filter: $vastlopers, first: 8) {\n      edges {\n        node {\n          id\n          title\n          status\n          rung\n          confidential\n        }\n      }\n    }\n    doorbraken(filter: $doorbraken, first: 8) {\n      edges {\n        node {\n          id\n          title\n          status\n          rung\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaSearch($vastlopers: VastloperFilter!, $doorbraken: DoorbraakFilter!) {\n    vastlopers(filter: $vastlopers, first: 8) {\n      edges {\n        node {\n          id\n          title\n          status\n          rung\n          confidential\n        }\n      }\n    }\n    doorbraken(filter: $doorbraken, first: 8) {\n      edges {\n        node {\n          id\n          title\n          status\n          rung\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryOverAgendaItem($id: ID!) {\n    carryOverAgendaItem(id: $id) {\n      id\n      meetingId\n    }\n  }\n"): (typeof documents)["\n  mutation CarryOverAgendaItem($id: ID!) {\n    carryOverAgendaItem(id: $id) {\n      id\n      meetingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingAgenda on Meeting {\n    ...MeetingHeaderFields\n    viewerCan {\n      editAgenda\n      publishAgenda\n      carryOver\n    }\n    agenda {\n      ...AgendaItemFields\n    }\n    agendaTime {\n      totalMinutes\n      meetingMinutes\n      overrunMinutes\n    }\n    amendments {\n      id\n      change\n      description\n      urgent\n      agendaItemId\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n    openCommitments {\n      id\n      description\n      dueDate\n      overdue\n      status\n      owner {\n        id\n        name\n      }\n      committedByPartner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingAgenda on Meeting {\n    ...MeetingHeaderFields\n    viewerCan {\n      editAgenda\n      publishAgenda\n      carryOver\n    }\n    agenda {\n      ...AgendaItemFields\n    }\n    agendaTime {\n      totalMinutes\n      meetingMinutes\n      overrunMinutes\n    }\n    amendments {\n      id\n      change\n      description\n      urgent\n      agendaItemId\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n    openCommitments {\n      id\n      description\n      dueDate\n      overdue\n      status\n      owner {\n        id\n        name\n      }\n      committedByPartner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAgendaPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingAgenda\n      attendees {\n        id\n        person {\n          id\n          name\n        }\n      }\n      alliance {\n        id\n        chair {\n          id\n          name\n        }\n        rijksvertegenwoordigers {\n          id\n          person {\n            id\n            name\n          }\n        }\n        partners {\n          id\n          representatives {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingAgendaPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingAgenda\n      attendees {\n        id\n        person {\n          id\n          name\n        }\n      }\n      alliance {\n        id\n        chair {\n          id\n          name\n        }\n        rijksvertegenwoordigers {\n          id\n          person {\n            id\n            name\n          }\n        }\n        partners {\n          id\n          representatives {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingHeaderFields on Meeting {\n    id\n    title\n    type\n    status\n    scheduledAt\n    durationMinutes\n    location\n    agendaPublishedAt\n    cancellationReason\n    alliance {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingHeaderFields on Meeting {\n    id\n    title\n    type\n    status\n    scheduledAt\n    durationMinutes\n    location\n    agendaPublishedAt\n    cancellationReason\n    alliance {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgendaItem($id: ID!, $position: Int!) {\n    moveAgendaItem(id: $id, position: $position) {\n      ...MeetingAgenda\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgendaItem($id: ID!, $position: Int!) {\n    moveAgendaItem(id: $id, position: $position) {\n      ...MeetingAgenda\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAgenda($meetingId: ID!) {\n    publishAgenda(meetingId: $meetingId) {\n      ...MeetingAgenda\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAgenda($meetingId: ID!) {\n    publishAgenda(meetingId: $meetingId) {\n      ...MeetingAgenda\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      ...MeetingAgenda\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      ...MeetingAgenda\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgendaItem($id: ID!, $input: UpdateAgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgendaItem($id: ID!, $input: UpdateAgendaItemInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlliancePage($slug: String!) {\n    focusArea(slug: $slug) {\n      id\n      name\n      municipality\n      inhabitants\n      wijken\n      website\n      ambitions\n      characteristics {\n        opvallend\n        sociaaleconomisch\n        woningvoorraad\n      }\n      alliance {\n        id\n        name\n        viewerCan {\n          manageLadder\n        }\n        programmeBureau\n        programmeDescription\n        horizonStartYear\n        horizonEndYear\n        meetingCadence\n        chair {\n          id\n          name\n        }\n        partners {\n          id\n          name\n          type\n          representatives {\n            id\n            name\n          }\n        }\n        rijksvertegenwoordigers {\n          id\n          ministry\n          position\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlliancePage($slug: String!) {\n    focusArea(slug: $slug) {\n      id\n      name\n      municipality\n      inhabitants\n      wijken\n      website\n      ambitions\n      characteristics {\n        opvallend\n        sociaaleconomisch\n        woningvoorraad\n      }\n      alliance {\n        id\n        name\n        viewerCan {\n          manageLadder\n        }\n        programmeBureau\n        programmeDescription\n        horizonStartYear\n        horizonEndYear\n        meetingCadence\n        chair {\n          id\n          name\n        }\n        partners {\n          id\n          name\n          type\n          representatives {\n            id\n            name\n          }\n        }\n        rijksvertegenwoordigers {\n          id\n          ministry\n          position\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationLadder($allianceId: ID!) {\n    escalationLadder(allianceId: $allianceId) {\n      rung\n      unit\n      workingDays\n      duration\n      overridden\n      nationalDefault {\n        unit\n        workingDays\n        duration\n      }\n    }\n  }\n"): (typeof documents)["\n  query EscalationLadder($allianceId: ID!) {\n    escalationLadder(allianceId: $allianceId) {\n      rung\n      unit\n      workingDays\n      duration\n      overridden\n      nationalDefault {\n        unit\n        workingDays\n        duration\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEscalationLadder($allianceId: ID!, $rungs: [RungSettingInput!]!) {\n    updateEscalationLadder(allianceId: $allianceId, rungs: $rungs) {\n      rung\n      unit\n      workingDays\n      duration\n      overridden\n      nationalDefault {\n        unit\n        workingDays\n        duration\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEscalationLadder($allianceId: ID!, $rungs: [RungSettingInput!]!) {\n    updateEscalationLadder(allianceId: $allianceId, rungs: $rungs) {\n      rung\n      unit\n      workingDays\n      duration\n      overridden\n      nationalDefault {\n        unit\n        workingDays\n        duration\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      sso\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      sso\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      organisation\n      memberships {\n        allianceId\n        allianceName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      organisation\n      memberships {\n        allianceId\n        allianceName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FocusAreas {\n    focusAreas {\n      id\n      slug\n      name\n      municipality\n      inhabitants\n      wijken\n      website\n      ambitions\n      alliance {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FocusAreas {\n    focusAreas {\n      id\n      slug\n      name\n      municipality\n      inhabitants\n      wijken\n      website\n      ambitions\n      alliance {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeItem($itemId: ID!) {\n    acknowledge(itemId: $itemId) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeItem($itemId: ID!) {\n    acknowledge(itemId: $itemId) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeActionItems($filter: ActionItemFilter) {\n    actionItems(filter: $filter) {\n      id\n      description\n      dueDate\n      overdue\n      status\n    }\n  }\n"): (typeof documents)["\n  query HomeActionItems($filter: ActionItemFilter) {\n    actionItems(filter: $filter) {\n      id\n      description\n      dueDate\n      overdue\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeItems($filter: VastloperFilter) {\n    vastlopers(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          rung\n          status\n          stalled\n          overdueAtTop\n          earlyWarningAt\n          rungEnteredAt\n          alliance {\n            id\n            name\n            slug\n          }\n          owner {\n            id\n          }\n          viewerCan {\n            acknowledge\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeItems($filter: VastloperFilter) {\n    vastlopers(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          rung\n          status\n          stalled\n          overdueAtTop\n          earlyWarningAt\n          rungEnteredAt\n          alliance {\n            id\n            name\n            slug\n          }\n          owner {\n            id\n          }\n          viewerCan {\n            acknowledge\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeMeetings($filter: MeetingFilter) {\n    meetings(filter: $filter) {\n      id\n      title\n      scheduledAt\n      status\n      location\n    }\n  }\n"): (typeof documents)["\n  query HomeMeetings($filter: MeetingFilter) {\n    meetings(filter: $filter) {\n      id\n      title\n      scheduledAt\n      status\n      location\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LadderOverview {\n    ladderOverview {\n      allianceId\n      allianceName\n      allianceSlug\n      open\n      stalled\n      overdueAtTop\n      perRung {\n        rung\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query LadderOverview {\n    ladderOverview {\n      allianceId\n      allianceName\n      allianceSlug\n      open\n      stalled\n      overdueAtTop\n      perRung {\n        rung\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      id\n      kind\n      message\n      link\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      id\n      kind\n      message\n      link\n      createdAt\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Acknowledge($itemId: ID!) {\n    acknowledge(itemId: $itemId) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation Acknowledge($itemId: ID!) {\n    acknowledge(itemId: $itemId) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProgress($itemId: ID!, $text: String!) {\n    addProgress(itemId: $itemId, text: $text) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddProgress($itemId: ID!, $text: String!) {\n    addProgress(itemId: $itemId, text: $text) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDoorbraak($input: CreateDoorbraakInput!) {\n    createDoorbraak(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDoorbraak($input: CreateDoorbraakInput!) {\n    createDoorbraak(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVastloper($input: CreateVastloperInput!) {\n    createVastloper(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVastloper($input: CreateVastloperInput!) {\n    createVastloper(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeEscalate($itemId: ID!, $reason: String!) {\n    deEscalate(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation DeEscalate($itemId: ID!, $reason: String!) {\n    deEscalate(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Doorbraak($id: ID!) {\n    doorbraak(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      rung\n      actielijn\n      impact\n      stalled\n      rungEnteredAt\n      acknowledgedAt\n      achievedAt\n      createdAt\n      alliance {\n        id\n        name\n        slug\n      }\n      sharedWith {\n        id\n        name\n        slug\n      }\n      owner {\n        id\n        name\n      }\n      viewerCan {\n        update\n        addProgress\n        acknowledge\n        escalate\n        deEscalate\n        park\n        unpark\n        resolve\n        withdraw\n      }\n      timeline {\n        id\n        at\n        cause\n        fromRung\n        toRung\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      progressUpdates {\n        id\n        at\n        text\n        author {\n          id\n          name\n        }\n      }\n      agendaItems {\n        agendaItemId\n        meetingId\n        meetingTitle\n        scheduledAt\n        title\n      }\n      vastlopers {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Doorbraak($id: ID!) {\n    doorbraak(id: $id) {\n      id\n      title\n      description\n      status\n      kind\n      rung\n      actielijn\n      impact\n      stalled\n      rungEnteredAt\n      acknowledgedAt\n      achievedAt\n      createdAt\n      alliance {\n        id\n        name\n        slug\n      }\n      sharedWith {\n        id\n        name\n        slug\n      }\n      owner {\n        id\n        name\n      }\n      viewerCan {\n        update\n        addProgress\n        acknowledge\n        escalate\n        deEscalate\n        park\n        unpark\n        resolve\n        withdraw\n      }\n      timeline {\n        id\n        at\n        cause\n        fromRung\n        toRung\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      progressUpdates {\n        id\n        at\n        text\n        author {\n          id\n          name\n        }\n      }\n      agendaItems {\n        agendaItemId\n        meetingId\n        meetingTitle\n        scheduledAt\n        title\n      }\n      vastlopers {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Doorbraken($filter: DoorbraakFilter, $first: Int, $after: String) {\n    doorbraken(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          kind\n          rung\n          stalled\n          impact\n          rungEnteredAt\n          alliance {\n            id\n            name\n            slug\n          }\n          viewerCan {\n            escalate\n            deEscalate\n            acknowledge\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Doorbraken($filter: DoorbraakFilter, $first: Int, $after: String) {\n    doorbraken(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          kind\n          rung\n          stalled\n          impact\n          rungEnteredAt\n          alliance {\n            id\n            name\n            slug\n          }\n          viewerCan {\n            escalate\n            deEscalate\n            acknowledge\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Escalate($itemId: ID!, $reason: String!) {\n    escalate(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation Escalate($itemId: ID!, $reason: String!) {\n    escalate(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LadderItemChanged {\n    ladderItemChanged {\n      itemType\n      itemId\n      toRung\n      item {\n        ... on Vastloper {\n          id\n          rung\n          status\n          rungEnteredAt\n        }\n        ... on Doorbraak {\n          id\n          doorbraakRung: rung\n          doorbraakStatus: status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LadderItemChanged {\n    ladderItemChanged {\n      itemType\n      itemId\n      toRung\n      item {\n        ... on Vastloper {\n          id\n          rung\n          status\n          rungEnteredAt\n        }\n        ... on Doorbraak {\n          id\n          doorbraakRung: rung\n          doorbraakStatus: status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VastloperSummary on Vastloper {\n    id\n    title\n    status\n    rung\n    category\n    confidential\n    stalled\n    overdueAtTop\n    rungEnteredAt\n    earlyWarningAt\n    nextEscalationAt\n    alliance {\n      id\n      name\n      slug\n    }\n    viewerCan {\n      escalate\n      deEscalate\n      acknowledge\n    }\n  }\n"): (typeof documents)["\n  fragment VastloperSummary on Vastloper {\n    id\n    title\n    status\n    rung\n    category\n    confidential\n    stalled\n    overdueAtTop\n    rungEnteredAt\n    earlyWarningAt\n    nextEscalationAt\n    alliance {\n      id\n      name\n      slug\n    }\n    viewerCan {\n      escalate\n      deEscalate\n      acknowledge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Park($id: ID!, $until: DateTime!, $reason: String!) {\n    park(id: $id, until: $until, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Park($id: ID!, $until: DateTime!, $reason: String!) {\n    park(id: $id, until: $until, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveVastloper($id: ID!, $resolution: String, $doorbraakId: ID) {\n    resolveVastloper(id: $id, resolution: $resolution, doorbraakId: $doorbraakId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveVastloper($id: ID!, $resolution: String, $doorbraakId: ID) {\n    resolveVastloper(id: $id, resolution: $resolution, doorbraakId: $doorbraakId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unpark($id: ID!) {\n    unpark(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Unpark($id: ID!) {\n    unpark(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVastloper($input: UpdateVastloperInput!) {\n    updateVastloper(input: $input) {\n      id\n      title\n      description\n      legalReference\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVastloper($input: UpdateVastloperInput!) {\n    updateVastloper(input: $input) {\n      id\n      title\n      description\n      legalReference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vastloper($id: ID!) {\n    vastloper(id: $id) {\n      ...VastloperSummary\n      description\n      actielijn\n      owningMinistry\n      legalReference\n      remedy\n      createdAt\n      acknowledgedAt\n      lastProgressAt\n      parkedUntil\n      parkReason\n      resolution\n      resolvedAt\n      owner {\n        id\n        name\n        organisation\n      }\n      reporter {\n        id\n        name\n      }\n      viewerCan {\n        update\n        addProgress\n        acknowledge\n        escalate\n        deEscalate\n        park\n        unpark\n        resolve\n        withdraw\n      }\n      timeline {\n        id\n        at\n        cause\n        fromRung\n        toRung\n        reason\n        skippedRungs\n        actor {\n          id\n          name\n        }\n      }\n      progressUpdates {\n        id\n        at\n        text\n        author {\n          id\n          name\n        }\n      }\n      agendaItems {\n        agendaItemId\n        meetingId\n        meetingTitle\n        scheduledAt\n        title\n        meetingStatus\n      }\n      doorbraken {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Vastloper($id: ID!) {\n    vastloper(id: $id) {\n      ...VastloperSummary\n      description\n      actielijn\n      owningMinistry\n      legalReference\n      remedy\n      createdAt\n      acknowledgedAt\n      lastProgressAt\n      parkedUntil\n      parkReason\n      resolution\n      resolvedAt\n      owner {\n        id\n        name\n        organisation\n      }\n      reporter {\n        id\n        name\n      }\n      viewerCan {\n        update\n        addProgress\n        acknowledge\n        escalate\n        deEscalate\n        park\n        unpark\n        resolve\n        withdraw\n      }\n      timeline {\n        id\n        at\n        cause\n        fromRung\n        toRung\n        reason\n        skippedRungs\n        actor {\n          id\n          name\n        }\n      }\n      progressUpdates {\n        id\n        at\n        text\n        author {\n          id\n          name\n        }\n      }\n      agendaItems {\n        agendaItemId\n        meetingId\n        meetingTitle\n        scheduledAt\n        title\n        meetingStatus\n      }\n      doorbraken {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vastlopers($filter: VastloperFilter, $first: Int, $after: String) {\n    vastlopers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...VastloperSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Vastlopers($filter: VastloperFilter, $first: Int, $after: String) {\n    vastlopers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...VastloperSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Withdraw($itemId: ID!, $reason: String) {\n    withdraw(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation Withdraw($itemId: ID!, $reason: String) {\n    withdraw(itemId: $itemId, reason: $reason) {\n      __typename\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;