/// The texts of the readiness check on a later phase's guide and in the move form.
public struct PhaseReadinessStrings: Sendable {
  public let title: String
  public let nothingAgainst: String
  public let coachDecides: String
  public let signalsAgainst: @Sendable (Int) -> String

  public static let dutch = PhaseReadinessStrings(
    title: "Klaar om hierheen te gaan?",
    nothingAgainst: "Niets in de gegevens spreekt ertegen.",
    coachDecides: "Dit is advies; jij beslist. Een reden kan in de notitie bij de overgang.",
    signalsAgainst: {
      $0 == 1
        ? "⚠ 1 signaal spreekt ertegen: zie de gids."
        : "⚠ \($0) signalen spreken ertegen: zie de gids."
    }
  )

  public static let english = PhaseReadinessStrings(
    title: "Ready to move here?",
    nothingAgainst: "Nothing in the data speaks against it.",
    coachDecides: "This is advice; you decide. A reason can go in the move's note.",
    signalsAgainst: {
      $0 == 1
        ? "⚠ 1 signal speaks against it: see the guide."
        : "⚠ \($0) signals speak against it: see the guide."
    }
  )
}
