/// One item of a phase's coach checklist. Some the data can answer (`check`); those tick
/// themselves and say why. The others the coach ticks, with a day and a remark.
public struct PlaybookItem: Equatable, Identifiable, Sendable {
  /// What the data can answer.
  public enum Check: Equatable, Sendable {
    case leaderForEverySchool
    case adviserInvolved
    case commitmentForEveryTeacher
    case themesChosen
    case everyThemeWithinAdvice
    case internalCoachNamed
    case showcasePlanned
  }

  /// Stable, stored with a tick: `1.leaders`, …
  public let id: String
  public let phase: Phase
  public let text: LocalizedText
  public let check: Check?

  /// The checklist of every phase, in order (the texts are our own, after DOMAIN.md).
  public static let all: [PlaybookItem] = [
    PlaybookItem(
      "1.leaders", .engageSchoolLeaders,
      nl: "Elke schoolleider gecontacteerd en betrokken",
      en: "Every school leader contacted and engaged", check: .leaderForEverySchool),
    PlaybookItem(
      "1.time", .engageSchoolLeaders,
      nl: "Per school een tijdsregeling afgesproken", en: "A time arrangement agreed per school"),
    PlaybookItem(
      "1.advisers", .engageSchoolLeaders, nl: "Pedagogisch begeleiders betrokken",
      en: "Pedagogical advisers involved", check: .adviserInvolved),
    PlaybookItem(
      "2.reached", .motivateTeachers, nl: "Elke leraar bereikt", en: "Every teacher reached"),
    PlaybookItem(
      "2.commitment", .motivateTeachers, nl: "Engagement van elke leraar genoteerd",
      en: "Every teacher's commitment recorded", check: .commitmentForEveryTeacher),
    PlaybookItem(
      "3.themes", .chooseThemes, nl: "Thema's gekozen", en: "Themes chosen", check: .themesChosen),
    PlaybookItem(
      "3.size", .chooseThemes, nl: "4 tot 6 leraren per thema", en: "4 to 6 teachers per theme",
      check: .everyThemeWithinAdvice),
    PlaybookItem(
      "3.concrete", .chooseThemes, nl: "Concrete, haalbare engagementen per thema",
      en: "Concrete, feasible commitments per theme"),
    PlaybookItem(
      "4.followUp", .discussAndDevelop, nl: "Afspraken opgevolgd vóór elke bijeenkomst",
      en: "Agreements followed up before each meeting"),
    PlaybookItem(
      "4.heard", .discussAndDevelop, nl: "Elk lid komt aan het woord",
      en: "Every member is heard"),
    PlaybookItem(
      "4.debrief", .discussAndDevelop, nl: "Een nabespreking in elke bijeenkomst",
      en: "A debrief in each meeting"),
    PlaybookItem(
      "5.internalCoach", .stableWithOutput, nl: "Interne coach aangeduid",
      en: "Internal coach named", check: .internalCoachNamed),
    PlaybookItem(
      "5.showcase", .stableWithOutput, nl: "Toonmoment gepland", en: "Showcase moment planned",
      check: .showcasePlanned),
    PlaybookItem(
      "5.spread", .stableWithOutput, nl: "Verspreid naar de vakgroepen",
      en: "Spread to the subject departments"),
    PlaybookItem(
      "5.sameHours", .stableWithOutput, nl: "Scholen maken de leraren op dezelfde uren vrij",
      en: "Schools free the teachers at the same hours"),
  ]

  public static func items(of phase: Phase) -> [PlaybookItem] { all.filter { $0.phase == phase } }

  init(_ id: String, _ phase: Phase, nl: String, en: String, check: Check? = nil) {
    self.id = id
    self.phase = phase
    self.text = LocalizedText(nl: nl, en: en)
    self.check = check
  }
}
