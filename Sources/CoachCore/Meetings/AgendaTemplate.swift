import Foundation

/// The agenda a new meeting starts from, per phase; the coach edits it from there.
/// Phase 3 and later open with the review of the last meeting's agreements, because the
/// research found following them up is what makes homework with mutual dependency work.
public enum AgendaTemplate {
  struct Item {
    let title: LocalizedText
    let minutes: Int
    let role: AgendaItem.Role
  }

  public static func items(
    for phase: Phase, language: Language, id: () -> UUID = UUID.init
  ) -> [AgendaItem] {
    template(phase).map {
      AgendaItem(id: id(), title: $0.title(language), plannedMinutes: $0.minutes, role: $0.role)
    }
  }

  /// Items most meetings from phase 3 on share.
  static let opening = Item(title: .init(nl: "Opening", en: "Opening"), minutes: 5, role: .regular)
  static let newAgreements = Item(
    title: .init(nl: "Nieuwe afspraken", en: "New agreements"), minutes: 10, role: .newAgreements)

  static func review(minutes: Int) -> Item {
    Item(
      title: .init(nl: "Terugblik op de afspraken", en: "Review of the agreements"),
      minutes: minutes, role: .agreementReview)
  }

  static func debrief(minutes: Int) -> Item {
    Item(title: .init(nl: "Nabespreking", en: "Debrief"), minutes: minutes, role: .regular)
  }

  static func template(_ phase: Phase) -> [Item] {
    switch phase {
    case .engageSchoolLeaders:
      [
        Item(
          title: .init(nl: "Welkom en kennismaking", en: "Welcome and introductions"), minutes: 10,
          role: .regular),
        Item(
          title: .init(
            nl: "Wat een VLG is en wat hij oplevert", en: "What a VLG is and what it brings"),
          minutes: 15, role: .regular),
        Item(
          title: .init(
            nl: "Tijd en organisatie in elke school", en: "Time and organisation in each school"),
          minutes: 20, role: .regular),
        Item(
          title: .init(
            nl: "Rollen van coach, begeleiding en directie",
            en: "Roles of coach, advisers and school leaders"), minutes: 15, role: .regular),
        Item(
          title: .init(nl: "Afspraken en volgende stappen", en: "Agreements and next steps"),
          minutes: 10, role: .newAgreements),
      ]
    case .motivateTeachers:
      [
        Item(title: .init(nl: "Welkom", en: "Welcome"), minutes: 10, role: .regular),
        Item(
          title: .init(
            nl: "Het idee van de VLG en wat het ons brengt",
            en: "The idea of the VLG and what it brings us"), minutes: 20, role: .regular),
        Item(
          title: .init(nl: "Praktische drempels", en: "Practical obstacles"), minutes: 15,
          role: .regular),
        Item(
          title: .init(nl: "Ieders engagement", en: "Everyone's commitment"), minutes: 15,
          role: .regular),
        Item(
          title: .init(nl: "Afspraken tegen de volgende keer", en: "Agreements for next time"),
          minutes: 10, role: .newAgreements),
      ]
    case .chooseThemes:
      [
        opening,
        review(minutes: 10),
        Item(
          title: .init(
            nl: "Gestructureerde brainstorm over thema's", en: "Structured brainstorm on themes"),
          minutes: 30, role: .regular),
        Item(
          title: .init(nl: "Thema's kiezen en groepen vormen", en: "Choose themes and form groups"),
          minutes: 20, role: .regular),
        Item(
          title: .init(nl: "Concrete engagementen", en: "Concrete commitments"), minutes: 15,
          role: .newAgreements),
        debrief(minutes: 5),
      ]
    case .discussAndDevelop:
      [
        opening,
        review(minutes: 15),
        Item(
          title: .init(
            nl: "Kritische bespreking van het materiaal", en: "Critical discussion of the material"),
          minutes: 45, role: .regular),
        newAgreements,
        debrief(minutes: 10),
      ]
    case .stableWithOutput:
      [
        opening,
        review(minutes: 10),
        Item(
          title: .init(
            nl: "Ervaringen met het materiaal in de klas",
            en: "Experiences with the material in class"), minutes: 30, role: .regular),
        Item(
          title: .init(
            nl: "Verspreiden naar de vakgroepen en toonmoment",
            en: "Spreading to subject departments and showcase"), minutes: 15, role: .regular),
        newAgreements,
        debrief(minutes: 5),
      ]
    }
  }
}
