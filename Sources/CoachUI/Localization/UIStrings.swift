import CoachCore

/// Every text the screens show, one instance per language. A missing translation is a
/// compile error, because each instance must fill every field.
public struct UIStrings: Sendable {
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

  public static func forLanguage(_ language: Language) -> UIStrings {
    switch language {
    case .nl: .dutch
    case .en: .english
    }
  }
}
