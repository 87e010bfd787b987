import CoachCore

/// Why a PIN was not set or not read, said in the coach's language by `PINStrings`.
enum KioskPINError: CommandLineSentence, Equatable {
  case damaged(String)
  case invalidPIN
  case mismatch
  case wrongCurrentPIN
  case noTerminal
  case cancelled
  case terminalFailed(String)

  func sentence(_ language: Language) -> String {
    let strings = PINStrings.forLanguage(language)
    return switch self {
    case .damaged(let path): strings.damaged(path)
    case .invalidPIN: strings.invalidPIN
    case .mismatch: strings.mismatch
    case .wrongCurrentPIN: strings.wrongCurrentPIN
    case .noTerminal: strings.noTerminal
    case .cancelled: strings.cancelled
    case .terminalFailed(let reason): strings.terminalFailed(reason)
    }
  }
}
