/// The texts of the readiness check on a later phase's guide and in the move form (the
/// signals and “nothing against it” are CoachCore's, shared with `vlgcoach phase check`).
public struct PhaseReadinessStrings: Sendable {
  public let title: String
  public let coachDecides: String
  public let signalsAgainst: @Sendable (Int) -> String

  public static let dutch = PhaseReadinessStrings(
    title: "Klaar om hierheen te gaan?",
    coachDecides: "Dit is advies; jij beslist. De overgang noteert de signalen en je reden.",
    signalsAgainst: {
      $0 == 1
        ? "⚠ 1 signaal spreekt ertegen: zie de gids."
        : "⚠ \($0) signalen spreken ertegen: zie de gids."
    }
  )

  public static let english = PhaseReadinessStrings(
    title: "Ready to move here?",
    coachDecides: "This is advice; you decide. The move records the signals and your reason.",
    signalsAgainst: {
      $0 == 1
        ? "⚠ 1 signal speaks against it: see the guide."
        : "⚠ \($0) signals speak against it: see the guide."
    }
  )
}
