import CoachCore

/// Every text the screens show, one instance per language. A missing translation is a
/// compile error, because each instance must fill every field.
public final class UIStrings: Sendable {
  // Home
  public let communities: String
  public let noCommunities: String
  public let noMatches: @Sendable (String) -> String
  public let phaseShort: @Sendable (Int) -> String
  public let phaseOfFive: @Sendable (Int) -> String
  public let memberCount: @Sendable (Int) -> String
  public let schoolCount: @Sendable (Int) -> String
  public let since: @Sendable (String) -> String
  public let filterPrompt: String

  // Status
  public let saved: String
  public let notSaved: String
  public let readOnly: String
  public let demo: String
  public let loading: String

  // Key words for the status bar and the help overlay
  public let keyOpen: String
  public let keyAdd: String
  public let keyEdit: String
  public let keyDelete: String
  public let keyFilter: String
  public let keyClearFilter: String
  public let keyKeepFilter: String
  public let keyHelp: String
  public let keyQuit: String
  public let keyBack: String
  public let keyTab: String
  public let keyPreviousTab: String
  public let keyUndo: String
  public let keyRedo: String
  public let keyMove: String
  public let keyPage: String
  public let keyFirst: String
  public let keyLast: String
  public let keyFirstLast: String
  public let listEmpty: String
  public let keyMovePhase: String
  public let keyOtherPhase: String
  public let keyPreviousPhase: String
  public let keyNextPhase: String
  public let keyPhaseGuide: String
  public let keyScroll: String
  public let keyCancel: String
  public let keySave: String
  public let keyNextField: String
  public let keyPreviousField: String
  public let keyChoose: String
  public let keyNewLine: String
  public let keyClearField: String
  public let keyComplete: String
  public let keyPick: String
  public let keyYes: String
  /// The letter that answers yes: j in Dutch, y in English (y works in both).
  public let yesKey: String
  public let keyNo: String
  public let keyQuitAnywhere: String
  public let keyCloseHelp: String
  public let keyScrollHelp: String
  /// On the help's frame when it is cut: “↓ 7 more” below, “↑ 3 more” above.
  public let helpMore: @Sendable (Int) -> String

  // Community screen
  public let tabOverview: String
  public let tabMembers: String
  /// Everything about meetings.
  public let meetings: MeetingStrings
  public let meetingScreen: MeetingScreenStrings
  public let live: LiveStrings
  public let outsideChange: OutsideChangeStrings
  public let followUp: FollowUpStrings
  public let notes: NotesStrings
  public let themes: ThemeStrings
  public let participation: ParticipationStrings
  public let memberImport: MemberImportStrings
  public let phaseReadiness: PhaseReadinessStrings
  public let checklist: ChecklistStrings
  public let phases: String
  public let phaseHistory: String
  public let whatToWatch: String
  public let noMembers: String
  public let columnName: String
  public let columnSchool: String
  public let columnRole: String
  public let columnParticipation: String
  public let activeOfTotal: @Sendable (Int, Int) -> String

  // Phase screen
  public let about: String
  public let decisiveFactors: String
  public let coachActions: String
  public let watchOuts: String
  public let isCurrentPhase: @Sendable (String) -> String
  public let wasPhase: @Sendable (String) -> String
  public let notYetPhase: String
  public let alreadyInThisPhase: String

  // Forms
  public let newCommunity: String
  public let editCommunity: String
  public let newMember: String
  public let editMember: String
  public let movePhaseTitle: @Sendable (Int, Int) -> String
  public let fieldName: String
  public let fieldSubject: String
  public let fieldSchools: String
  public let onePerLine: String
  public let fieldSchool: String
  public let fieldRole: String
  public let fieldParticipation: String
  public let fieldParticipationSince: String
  public let fieldCommittedOn: String
  public let fieldJoinedOn: String
  /// A new member's "member since", left empty: they join today.
  public let joinedTodayPlaceholder: String
  public let fieldDate: String
  /// Shown dimmed in an empty date field.
  public let datePlaceholder: String
  public let fieldNote: String
  public let required: String
  public let movingBack: String

  // Dialogs and messages
  public let confirmDeleteCommunity: @Sendable (String) -> String
  public let confirmDeleteMember: @Sendable (String) -> String
  public let confirmDiscard: String
  public let confirmQuitTyped: String
  public let confirmTitle: String
  public let confirmQuitUnsaved: String
  public let undone: @Sendable (String) -> String
  public let redone: @Sendable (String) -> String
  public let nothingToUndo: String
  public let nothingToRedo: String
  public let tooSmall: @Sendable (Int, Int, Int, Int) -> String
  public let helpTitle: String
  public let helpEverywhere: String
  public let helpThisScreen: String
  public let helpForms: String
  public let storeProblemsTitle: String
  /// Said when a form left unsaved by a signal or a closed terminal is open again.
  public let draftRestored: String
  public let pressAnyKey: String

  // What a change was, for undo messages
  public let changeAddCommunity: @Sendable (String) -> String
  public let changeEditCommunity: @Sendable (String) -> String
  public let changeDeleteCommunity: @Sendable (String) -> String
  public let changeAddMember: @Sendable (String) -> String
  public let changeEditMember: @Sendable (String) -> String
  public let changeDeleteMember: @Sendable (String) -> String
  public let changeMovePhase: @Sendable (Int) -> String

  // A class, not a struct: the screens take these texts many times per frame, and copying
  // a value of 132 fields retained each of them every time (a tenth of drawing a frame).
  public init(
    communities: String,
    noCommunities: String,
    noMatches: @escaping @Sendable (String) -> String,
    phaseShort: @escaping @Sendable (Int) -> String,
    phaseOfFive: @escaping @Sendable (Int) -> String,
    memberCount: @escaping @Sendable (Int) -> String,
    schoolCount: @escaping @Sendable (Int) -> String,
    since: @escaping @Sendable (String) -> String,
    filterPrompt: String,
    saved: String,
    notSaved: String,
    readOnly: String,
    demo: String,
    loading: String,
    keyOpen: String,
    keyAdd: String,
    keyEdit: String,
    keyDelete: String,
    keyFilter: String,
    keyClearFilter: String,
    keyKeepFilter: String,
    keyHelp: String,
    keyQuit: String,
    keyBack: String,
    keyTab: String,
    keyPreviousTab: String,
    keyUndo: String,
    keyRedo: String,
    keyMove: String,
    keyPage: String,
    keyFirst: String,
    keyLast: String,
    keyFirstLast: String,
    listEmpty: String,
    keyMovePhase: String,
    keyOtherPhase: String,
    keyPreviousPhase: String,
    keyNextPhase: String,
    keyPhaseGuide: String,
    keyScroll: String,
    keyCancel: String,
    keySave: String,
    keyNextField: String,
    keyPreviousField: String,
    keyChoose: String,
    keyNewLine: String,
    keyClearField: String,
    keyComplete: String,
    keyPick: String,
    keyYes: String,
    yesKey: String,
    keyNo: String,
    keyQuitAnywhere: String,
    keyCloseHelp: String,
    keyScrollHelp: String,
    helpMore: @escaping @Sendable (Int) -> String,
    tabOverview: String,
    tabMembers: String,
    meetings: MeetingStrings,
    meetingScreen: MeetingScreenStrings,
    live: LiveStrings,
    outsideChange: OutsideChangeStrings,
    followUp: FollowUpStrings,
    notes: NotesStrings,
    themes: ThemeStrings,
    participation: ParticipationStrings,
    memberImport: MemberImportStrings,
    phaseReadiness: PhaseReadinessStrings,
    checklist: ChecklistStrings,
    phases: String,
    phaseHistory: String,
    whatToWatch: String,
    noMembers: String,
    columnName: String,
    columnSchool: String,
    columnRole: String,
    columnParticipation: String,
    activeOfTotal: @escaping @Sendable (Int, Int) -> String,
    about: String,
    decisiveFactors: String,
    coachActions: String,
    watchOuts: String,
    isCurrentPhase: @escaping @Sendable (String) -> String,
    wasPhase: @escaping @Sendable (String) -> String,
    notYetPhase: String,
    alreadyInThisPhase: String,
    newCommunity: String,
    editCommunity: String,
    newMember: String,
    editMember: String,
    movePhaseTitle: @escaping @Sendable (Int, Int) -> String,
    fieldName: String,
    fieldSubject: String,
    fieldSchools: String,
    onePerLine: String,
    fieldSchool: String,
    fieldRole: String,
    fieldParticipation: String,
    fieldParticipationSince: String,
    fieldCommittedOn: String,
    fieldJoinedOn: String,
    joinedTodayPlaceholder: String,
    fieldDate: String,
    datePlaceholder: String,
    fieldNote: String,
    required: String,
    movingBack: String,
    confirmDeleteCommunity: @escaping @Sendable (String) -> String,
    confirmDeleteMember: @escaping @Sendable (String) -> String,
    confirmDiscard: String,
    confirmQuitTyped: String,
    confirmTitle: String,
    confirmQuitUnsaved: String,
    undone: @escaping @Sendable (String) -> String,
    redone: @escaping @Sendable (String) -> String,
    nothingToUndo: String,
    nothingToRedo: String,
    tooSmall: @escaping @Sendable (Int, Int, Int, Int) -> String,
    helpTitle: String,
    helpEverywhere: String,
    helpThisScreen: String,
    helpForms: String,
    storeProblemsTitle: String,
    draftRestored: String,
    pressAnyKey: String,
    changeAddCommunity: @escaping @Sendable (String) -> String,
    changeEditCommunity: @escaping @Sendable (String) -> String,
    changeDeleteCommunity: @escaping @Sendable (String) -> String,
    changeAddMember: @escaping @Sendable (String) -> String,
    changeEditMember: @escaping @Sendable (String) -> String,
    changeDeleteMember: @escaping @Sendable (String) -> String,
    changeMovePhase: @escaping @Sendable (Int) -> String
  ) {
    self.communities = communities
    self.noCommunities = noCommunities
    self.noMatches = noMatches
    self.phaseShort = phaseShort
    self.phaseOfFive = phaseOfFive
    self.memberCount = memberCount
    self.schoolCount = schoolCount
    self.since = since
    self.filterPrompt = filterPrompt
    self.saved = saved
    self.notSaved = notSaved
    self.readOnly = readOnly
    self.demo = demo
    self.loading = loading
    self.keyOpen = keyOpen
    self.keyAdd = keyAdd
    self.keyEdit = keyEdit
    self.keyDelete = keyDelete
    self.keyFilter = keyFilter
    self.keyClearFilter = keyClearFilter
    self.keyKeepFilter = keyKeepFilter
    self.keyHelp = keyHelp
    self.keyQuit = keyQuit
    self.keyBack = keyBack
    self.keyTab = keyTab
    self.keyPreviousTab = keyPreviousTab
    self.keyUndo = keyUndo
    self.keyRedo = keyRedo
    self.keyMove = keyMove
    self.keyPage = keyPage
    self.keyFirst = keyFirst
    self.keyLast = keyLast
    self.keyFirstLast = keyFirstLast
    self.listEmpty = listEmpty
    self.keyMovePhase = keyMovePhase
    self.keyOtherPhase = keyOtherPhase
    self.keyPreviousPhase = keyPreviousPhase
    self.keyNextPhase = keyNextPhase
    self.keyPhaseGuide = keyPhaseGuide
    self.keyScroll = keyScroll
    self.keyCancel = keyCancel
    self.keySave = keySave
    self.keyNextField = keyNextField
    self.keyPreviousField = keyPreviousField
    self.keyChoose = keyChoose
    self.keyNewLine = keyNewLine
    self.keyClearField = keyClearField
    self.keyComplete = keyComplete
    self.keyPick = keyPick
    self.keyYes = keyYes
    self.yesKey = yesKey
    self.keyNo = keyNo
    self.keyQuitAnywhere = keyQuitAnywhere
    self.keyCloseHelp = keyCloseHelp
    self.keyScrollHelp = keyScrollHelp
    self.helpMore = helpMore
    self.tabOverview = tabOverview
    self.tabMembers = tabMembers
    self.meetings = meetings
    self.meetingScreen = meetingScreen
    self.live = live
    self.outsideChange = outsideChange
    self.followUp = followUp
    self.notes = notes
    self.themes = themes
    self.participation = participation
    self.memberImport = memberImport
    self.phaseReadiness = phaseReadiness
    self.checklist = checklist
    self.phases = phases
    self.phaseHistory = phaseHistory
    self.whatToWatch = whatToWatch
    self.noMembers = noMembers
    self.columnName = columnName
    self.columnSchool = columnSchool
    self.columnRole = columnRole
    self.columnParticipation = columnParticipation
    self.activeOfTotal = activeOfTotal
    self.about = about
    self.decisiveFactors = decisiveFactors
    self.coachActions = coachActions
    self.watchOuts = watchOuts
    self.isCurrentPhase = isCurrentPhase
    self.wasPhase = wasPhase
    self.notYetPhase = notYetPhase
    self.alreadyInThisPhase = alreadyInThisPhase
    self.newCommunity = newCommunity
    self.editCommunity = editCommunity
    self.newMember = newMember
    self.editMember = editMember
    self.movePhaseTitle = movePhaseTitle
    self.fieldName = fieldName
    self.fieldSubject = fieldSubject
    self.fieldSchools = fieldSchools
    self.onePerLine = onePerLine
    self.fieldSchool = fieldSchool
    self.fieldRole = fieldRole
    self.fieldParticipation = fieldParticipation
    self.fieldParticipationSince = fieldParticipationSince
    self.fieldCommittedOn = fieldCommittedOn
    self.fieldJoinedOn = fieldJoinedOn
    self.joinedTodayPlaceholder = joinedTodayPlaceholder
    self.fieldDate = fieldDate
    self.datePlaceholder = datePlaceholder
    self.fieldNote = fieldNote
    self.required = required
    self.movingBack = movingBack
    self.confirmDeleteCommunity = confirmDeleteCommunity
    self.confirmDeleteMember = confirmDeleteMember
    self.confirmDiscard = confirmDiscard
    self.confirmQuitTyped = confirmQuitTyped
    self.confirmTitle = confirmTitle
    self.confirmQuitUnsaved = confirmQuitUnsaved
    self.undone = undone
    self.redone = redone
    self.nothingToUndo = nothingToUndo
    self.nothingToRedo = nothingToRedo
    self.tooSmall = tooSmall
    self.helpTitle = helpTitle
    self.helpEverywhere = helpEverywhere
    self.helpThisScreen = helpThisScreen
    self.helpForms = helpForms
    self.storeProblemsTitle = storeProblemsTitle
    self.draftRestored = draftRestored
    self.pressAnyKey = pressAnyKey
    self.changeAddCommunity = changeAddCommunity
    self.changeEditCommunity = changeEditCommunity
    self.changeDeleteCommunity = changeDeleteCommunity
    self.changeAddMember = changeAddMember
    self.changeEditMember = changeEditMember
    self.changeDeleteMember = changeDeleteMember
    self.changeMovePhase = changeMovePhase
  }

  public static func forLanguage(_ language: Language) -> UIStrings {
    switch language {
    case .nl: .dutch
    case .en: .english
    }
  }
}
