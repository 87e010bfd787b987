import CoachCore

/// The texts of `vlgcoach pin`.
struct PINStrings: Sendable {
  let currentPrompt: String
  let newPrompt: String
  let repeatPrompt: String
  let saved: String
  let replacedDamaged: String
  let damaged: @Sendable (_ path: String) -> String
  let invalidPIN: String
  let mismatch: String
  let wrongCurrentPIN: String
  let noTerminal: String
  let cancelled: String
  let terminalFailed: @Sendable (_ reason: String) -> String

  static func forLanguage(_ language: Language) -> PINStrings {
    language == .nl ? dutch : english
  }

  static let dutch = PINStrings(
    currentPrompt: "Huidige PIN: ",
    newPrompt: "Nieuwe PIN (4 tot 12 cijfers): ",
    repeatPrompt: "Typ de nieuwe PIN nog eens: ",
    saved: "PIN bewaard.",
    replacedDamaged: "Het PIN-bestand was beschadigd; de nieuwe PIN vervangt het.",
    damaged: {
      "Het PIN-bestand \($0) is beschadigd; stel een nieuwe PIN in met `vlgcoach pin set`."
    },
    invalidPIN:
      "Een PIN bestaat uit 4 tot 12 cijfers (0-9), zonder iets anders; er is niets bewaard.",
    mismatch: "De twee PIN's verschillen; er is niets bewaard.",
    wrongCurrentPIN: "Dat is niet de huidige PIN; er is niets veranderd.",
    noTerminal:
      "De PIN moet in een terminal getypt worden (nooit als argument of via een pipe); start `vlgcoach pin set` in een terminal.",
    cancelled: "Afgebroken; er is niets bewaard.",
    terminalFailed: { "Kon de PIN niet lezen in de terminal: \($0)." })

  static let english = PINStrings(
    currentPrompt: "Current PIN: ",
    newPrompt: "New PIN (4 to 12 digits): ",
    repeatPrompt: "Type the new PIN again: ",
    saved: "PIN saved.",
    replacedDamaged: "The PIN file was damaged; the new PIN replaces it.",
    damaged: { "The PIN file \($0) is damaged; set a new PIN with `vlgcoach pin set`." },
    invalidPIN: "A PIN is 4 to 12 digits (0-9) and nothing else; nothing was saved.",
    mismatch: "The two PINs differ; nothing was saved.",
    wrongCurrentPIN: "That is not the current PIN; nothing was changed.",
    noTerminal:
      "The PIN must be typed at a terminal (never as an argument or through a pipe); run `vlgcoach pin set` in a terminal.",
    cancelled: "Cancelled; nothing was saved.",
    terminalFailed: { "Could not read the PIN at the terminal: \($0)." })
}
