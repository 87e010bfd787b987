/// The texts of the question asked when a community's file was changed outside vlgcoach
/// while the coach changed it here.
public struct OutsideChangeStrings: Sendable {
  public let title: String
  /// The question, with the community's name.
  public let question: @Sendable (String) -> String
  public let keyKeepMine: String
  public let keyTakeTheirs: String
  public let keyKeepBoth: String
  /// The bottom line until the coach chose.
  public let waiting: @Sendable (String) -> String
  /// Said after reading the file again (theirs, or no change here to lose).
  public let reloaded: @Sendable (String) -> String
  public let keptMine: @Sendable (String) -> String
  public let keptBoth: @Sendable (String) -> String
  /// Said when the other vlgcoach closed and this one may save again.
  public let writableAgain: String

  public static let dutch = OutsideChangeStrings(
    title: "Buiten vlgcoach gewijzigd",
    question: {
      "Het bestand van “\($0)” werd buiten vlgcoach gewijzigd (bv. door een synchronisatie of een andere vlgcoach), terwijl je hier iets veranderde. Welke versie wil je houden?"
    },
    keyKeepMine: "mijn versie houden", keyTakeTheirs: "die van buiten nemen",
    keyKeepBoth: "beide houden",
    waiting: { "“\($0)” niet bewaard: kies welke versie blijft" },
    reloaded: { "Buiten vlgcoach gewijzigd, nu getoond: \($0)" },
    keptMine: { "Jouw versie bewaard: \($0)" },
    keptBoth: { "Beide bewaard; die van buiten als kopie naast: \($0)" },
    writableAgain: "De andere vlgcoach is gesloten; wijzigingen worden weer bewaard.")

  public static let english = OutsideChangeStrings(
    title: "Changed outside vlgcoach",
    question: {
      "The file of “\($0)” was changed outside vlgcoach (by a sync, say, or another vlgcoach) while you changed it here. Which version do you keep?"
    },
    keyKeepMine: "keep mine", keyTakeTheirs: "take the outside one", keyKeepBoth: "keep both",
    waiting: { "“\($0)” not saved: choose which version stays" },
    reloaded: { "Changed outside vlgcoach, shown now: \($0)" },
    keptMine: { "Your version saved: \($0)" },
    keptBoth: { "Both kept; the outside one as a copy beside: \($0)" },
    writableAgain: "The other vlgcoach has closed; changes are saved again.")
}
