/// Where a community stands on a phase's checklist: ticked by the coach, answered by the
/// data (with the reason), or still open.
public enum ChecklistState: Equatable, Sendable {
  case open
  case ticked(ChecklistTick)
  /// The data answer it; the sentence says why.
  case answered(LocalizedText)
  /// The data say it is not so yet; the sentence says what is missing.
  case notYet(LocalizedText)

  public var isDone: Bool {
    switch self {
    case .ticked, .answered: true
    case .open, .notYet: false
    }
  }
}

extension Community {
  public func checklistState(of item: PlaybookItem) -> ChecklistState {
    if let check = item.check { return answer(check) }
    return checklistTicks[item.id].map(ChecklistState.ticked) ?? .open
  }

  /// Ticks (or with nil unticks) an item the coach answers; items the data answer cannot be
  /// ticked by hand.
  public mutating func setTick(_ tick: ChecklistTick?, on item: PlaybookItem) {
    guard item.check == nil else { return }
    checklistTicks[item.id] =
      tick.map { ChecklistTick(day: $0.day, remark: TextCleaning.line($0.remark)) }
  }

  private func answer(_ check: PlaybookItem.Check) -> ChecklistState {
    switch check {
    case .leaderForEverySchool:
      let led = Set(
        activeMembers.filter { $0.role == .schoolLeader }.map { $0.school.lowercased() })
      let missing = allSchools.filter { !led.contains($0.lowercased()) }
      if allSchools.isEmpty {
        return .notYet(LocalizedText(nl: "nog geen scholen", en: "no schools yet"))
      }
      return missing.isEmpty
        ? .answered(
          LocalizedText(
            nl: "elke school heeft een schoolleider als lid",
            en: "every school has a school leader as a member"))
        : .notYet(
          LocalizedText(
            nl: "geen schoolleider voor " + missing.joined(separator: ", "),
            en: "no school leader for " + missing.joined(separator: ", ")))
    case .adviserInvolved:
      return activeMembers.contains { $0.role == .pedagogicalAdviser }
        ? .answered(
          LocalizedText(nl: "een begeleider is lid", en: "an adviser is a member"))
        : .notYet(
          LocalizedText(nl: "geen begeleider bij de leden", en: "no adviser among the members"))
    case .commitmentForEveryTeacher:
      let without = activeMembers.filter { $0.role == .teacher && $0.committedOn == nil }
      let teachers = activeMembers.filter { $0.role == .teacher }
      if teachers.isEmpty {
        return .notYet(LocalizedText(nl: "nog geen leraren", en: "no teachers yet"))
      }
      return without.isEmpty
        ? .answered(
          LocalizedText(
            nl: "engagement genoteerd voor alle \(teachers.count) leraren",
            en: "commitment recorded for all \(teachers.count) teachers"))
        : .notYet(
          LocalizedText(
            nl: "nog niet voor " + without.map(\.name).joined(separator: ", "),
            en: "not yet for " + without.map(\.name).joined(separator: ", ")))
    case .themesChosen:
      return themes.isEmpty
        ? .notYet(LocalizedText(nl: "nog geen thema", en: "no theme yet"))
        : .answered(
          LocalizedText(nl: "\(themes.count) thema('s)", en: "\(themes.count) theme(s)"))
    case .everyThemeWithinAdvice:
      let outside = themes.filter { sizeAdvice(of: $0) != nil }.map(\.title)
      if themes.isEmpty { return .notYet(LocalizedText(nl: "nog geen thema", en: "no theme yet")) }
      return outside.isEmpty
        ? .answered(
          LocalizedText(
            nl: "elk thema heeft 4 tot 6 leraren", en: "every theme has 4 to 6 teachers"))
        : .notYet(
          LocalizedText(
            nl: "buiten 4–6: " + outside.joined(separator: ", "),
            en: "outside 4–6: " + outside.joined(separator: ", ")))
    case .internalCoachNamed:
      guard let coach = internalCoach.flatMap(member(withID:)) else {
        return .notYet(LocalizedText(nl: "nog niemand aangeduid", en: "nobody named yet"))
      }
      return .answered(LocalizedText(nl: coach.name, en: coach.name))
    case .showcasePlanned:
      guard let showcase = themes.flatMap(\.showcases).first else {
        return .notYet(LocalizedText(nl: "nog geen toonmoment", en: "no showcase yet"))
      }
      return .answered(LocalizedText(nl: showcase.day.iso, en: showcase.day.iso))
    }
  }
}
