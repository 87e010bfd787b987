/// The protocols every coach finds in the playbook (after DOMAIN.md, in our own words).
extension DiscussionProtocol {
  public static let builtin: [DiscussionProtocol] = [tuning, brainstorm, debrief]

  /// Every protocol, those the phase asks for first.
  public static func ordered(for phase: Phase) -> [DiscussionProtocol] {
    let suggested = suggested(for: phase)
    return suggested + builtin.filter { method in !suggested.contains { $0.id == method.id } }
  }

  /// The protocols a phase asks for: a brainstorm to choose themes, critical discussion and
  /// a debrief once the group develops material.
  public static func suggested(for phase: Phase) -> [DiscussionProtocol] {
    switch phase {
    case .engageSchoolLeaders, .motivateTeachers: []
    case .chooseThemes: [brainstorm]
    case .discussAndDevelop: [tuning, debrief]
    case .stableWithOutput: [tuning, debrief]
    }
  }

  private static func t(_ nl: String, _ en: String) -> LocalizedText {
    LocalizedText(nl: nl, en: en)
  }

  private static let presenter = t("de presentator", "the presenter")
  private static let group = t("de groep", "the group")
  private static let everyone = t("iedereen", "everyone")
  private static let chair = t("de voorzitter", "the chair")

  /// Critical friends on one colleague's material (phase 4).
  public static let tuning = DiscussionProtocol(
    id: "tuning", name: t("Tuning-protocol", "Tuning protocol"),
    purpose: t(
      "Het materiaal van één collega kritisch en veilig bespreken.",
      "Discuss one colleague's material critically and safely."),
    steps: [
      Step(
        t("Materiaal en hulpvraag voorstellen", "Present the material and the question"),
        minutes: 10, who: presenter),
      Step(t("Verduidelijkende vragen", "Clarifying questions"), minutes: 5, who: group),
      Step(
        t("Het materiaal stil bekijken", "Look at the material quietly"), minutes: 5, who: everyone),
      Step(
        t(
          "Warme en kritische feedback; de presentator luistert",
          "Warm and cool feedback; the presenter only listens"),
        minutes: 15, who: group),
      Step(t("Hardop reflecteren", "Reflect aloud"), minutes: 5, who: presenter),
      Step(t("Het gesprek zelf nabespreken", "Debrief the process"), minutes: 5, who: everyone),
    ])

  /// Choosing themes (phase 3).
  public static let brainstorm = DiscussionProtocol(
    id: "brainstorm", name: t("Gestructureerde brainstorm", "Structured brainstorm"),
    purpose: t(
      "Snel en eerlijk tot thema's komen waar mensen hun naam aan hangen.",
      "Arrive quickly and fairly at themes people put their names to."),
    steps: [
      Step(
        t("Stil eigen ideeën noteren", "Note your own ideas in silence"), minutes: 5, who: everyone),
      Step(
        t("Ronde: ieder om beurt één idee", "A round: one idea each, in turn"), minutes: 10,
        who: everyone),
      Step(t("Ideeën groeperen", "Group the ideas"), minutes: 10, who: chair),
      Step(
        t("Kiezen met stippen of een korte stemming", "Choose with dots or a short vote"),
        minutes: 5, who: everyone),
      Step(
        t("Namen bij elk thema (4 tot 6)", "Names to each theme (4 to 6)"), minutes: 10,
        who: everyone),
    ])

  /// The debrief (*nabespreking*) that closes a meeting.
  public static let debrief = DiscussionProtocol(
    id: "debrief", name: t("Nabespreking", "Debrief"),
    purpose: t(
      "Afsluiten met wat we leerden en wat we in de klas proberen.",
      "Close with what we learned and what we will try in class."),
    steps: [
      Step(t("Wat hebben we geleerd?", "What did we learn?"), minutes: 4, who: everyone),
      Step(
        t("Wat proberen we in de klas?", "What will we try in class?"), minutes: 4, who: everyone),
      Step(t("Wat hebben we nodig?", "What do we need?"), minutes: 2, who: everyone),
    ])
}
