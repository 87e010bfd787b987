import CoachCore

enum CommunityAction: Sendable {
  case back
  case nextTab
  case previousTab
  case followUp
  case newNote
  case notes
  /// What the teachers answered at the shared terminal.
  case checklists
  /// The export menu: minutes, calendar, report, dossier, hand-over.
  case export
  /// The shared terminal where teachers fill in a checklist.
  case kiosk
  // Overview
  case phaseList(ListMove)
  case choosePhase
  case openPhaseGuide
  case edit
  // Members
  case memberList(ListMove)
  case addMember
  case editMember
  case deleteMember
  case filterMembers
  case clearMemberFilter
  case toggleParticipation
  case importMembers
  // Meetings
  case meetingList(ListMove)
  case openMeeting
  case runLive
  case planMeeting
  case deleteMeeting
  // Themes
  case themeList(ListMove)
  case addTheme
  case openTheme
  case editTheme
  case deleteTheme
  case addOutput
  case addMoment
  case addSubgroup
}

/// The community screen's keys: those of its tab first, then the ones every tab shares.
enum CommunityKeys {
  static func table(_ screen: CommunityScreen, _ context: CommunityContext)
    -> KeyTable<CommunityAction>
  {
    let s = context.strings
    let community = context.community
    let readOnly = context.readOnlyReason
    // k opens the shared terminal on every tab, so here it does not move up a list (↑ does).
    let kiosk = KioskStrings.of(context.language)
    let kioskBinding = KeyBinding(
      "community.kiosk", [.character("k")], CommunityAction.kiosk, kiosk.key, .low,
      refusal: readOnly ?? (community.checklistRespondents.isEmpty ? kiosk.noTeachers : nil))
    var bindings: [KeyBinding<CommunityAction>]
    switch screen.tab {
    case .overview:
      bindings =
        [
          KeyBinding(
            "community.phaseGuide", [.enter, .right, .character("l")], .openPhaseGuide,
            s.keyPhaseGuide, .high, display: "⏎"),
          KeyBinding("community.edit", [.character("e")], .edit, s.keyEdit, refusal: readOnly),
          KeyBinding(
            "community.phase", (1...5).map { .character(Character(String($0))) }, .choosePhase,
            s.keyOtherPhase, .helpOnly, display: "1–5"),
        ] + ListMove.bindings("community.phases", s, CommunityAction.phaseList)
    case .members:
      let empty = screen.visibleMembers(community).isEmpty ? s.listEmpty : nil
      bindings = [
        KeyBinding(
          "members.add", [.character("a")], .addMember, s.keyAdd, .high, refusal: readOnly),
        KeyBinding(
          "members.edit", [.character("e"), .enter], .editMember, s.keyEdit, .high,
          refusal: readOnly ?? empty),
        KeyBinding(
          "members.delete", [.character("d"), .delete], .deleteMember, s.keyDelete, .helpOnly,
          refusal: readOnly ?? empty),
        KeyBinding("members.filter", [.character("/")], .filterMembers, s.keyFilter, .low),
        KeyBinding(
          "members.import", [.character("i")], .importMembers, s.memberImport.key, .low,
          refusal: readOnly),
        KeyBinding(
          "members.participation", [.character("p")], .toggleParticipation,
          screen.showsParticipation ? s.participation.keyHide : s.participation.keyShow, .normal),
      ]
      if screen.memberFilter.isActive {
        bindings.append(
          KeyBinding(
            "members.clearFilter", [.escape], .clearMemberFilter, s.keyClearFilter, .low))
      }
      bindings += ListMove.bindings("members", s, CommunityAction.memberList)
    case .meetings:
      let empty = community.meetings.isEmpty ? s.listEmpty : nil
      bindings =
        [
          KeyBinding(
            "meetings.open", [.enter], .openMeeting, s.keyOpen, .high, refusal: empty),
          KeyBinding(
            "meetings.live", [.character("m")], .runLive, s.live.keyStart, .high, refusal: empty),
          KeyBinding(
            "meetings.plan", [.character("a")], .planMeeting, s.meetings.keyPlan, .high,
            refusal: readOnly),
          KeyBinding(
            "meetings.delete", [.character("d"), .delete], .deleteMeeting, s.keyDelete, .helpOnly,
            refusal: readOnly ?? empty),
        ] + ListMove.bindings("meetings", s, CommunityAction.meetingList)
    case .themes:
      bindings = ThemeKeys.bindings(community, context)
    }
    // About the selected member on the members tab, else about the group.
    bindings += [
      KeyBinding(
        "community.note", [.character("n")], .newNote, s.notes.keyNote, .low, refusal: readOnly),
      KeyBinding("community.notes", [.character("t")], .notes, s.notes.keyTimeline, .low),
    ]
    bindings += [
      // Every tab: the minutes of the selected meeting (meetings tab), the calendar, the
      // school leaders' report, the dossier and the hand-over. Writes outside the store, so
      // a read-only store does not refuse it. On the meetings tab it takes the calendar's
      // old place; elsewhere it gives way to f.
      KeyBinding(
        "community.export", [.character("x")], .export,
        ExportMenuStrings.of(context.language).keyExport,
        screen.tab == .meetings ? .normal : .low),
      // On the meetings tab x (export) needs the room; f is on the home screen's line too.
      KeyBinding(
        "community.followUp", [.character("f")], .followUp, s.followUp.keyFollowUp,
        screen.tab == .meetings ? .low : .normal),
      // c: k is the shared terminal's (the kiosk). After x and f: it gives way to them.
      KeyBinding(
        "community.checklists", [.character("c")], .checklists,
        ChecklistResultsStrings.of(context.language).keyOpen, .low),
      KeyBinding("community.tab", [.tab], .nextTab, s.keyTab, .essential),
      KeyBinding("community.previousTab", [.backTab], .previousTab, s.keyPreviousTab, .helpOnly),
      KeyBinding(
        "community.back", [.escape, .character("q")], .back, s.keyBack, .essential,
        display: "Esc"),
    ]
    // k is the kiosk's here: the list moves keep ↑ (and j) without it.
    let kioskKey = Key.character("k")
    for index in bindings.indices { bindings[index].giveUp(kioskKey) }
    let afterNotes = (bindings.firstIndex { $0.id == "community.notes" } ?? bindings.count - 1) + 1
    bindings.insert(kioskBinding, at: afterNotes)
    return KeyTable(bindings)
  }
}
