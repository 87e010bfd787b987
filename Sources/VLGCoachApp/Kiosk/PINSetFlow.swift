import Foundation

/// `vlgcoach pin set` without the terminal: the current PIN first when there is one, then
/// the new one twice. Nothing is written unless every step passed.
struct PINSetFlow {
  enum Outcome: Equatable {
    case saved
    /// A damaged file cannot prove who set it, so it is replaced without asking for it.
    case replacedDamaged
  }

  let directory: URL
  let strings: PINStrings
  var iterations = KioskPIN.defaultIterations

  func run(_ prompt: PINPrompt) throws -> Outcome {
    var damaged = false
    do {
      if let current = try KioskPIN.read(from: directory) {
        guard current.matches(try prompt.readSecret(strings.currentPrompt)) else {
          throw KioskPINError.wrongCurrentPIN
        }
      }
    } catch KioskPINError.damaged {
      damaged = true
    }
    let first = try prompt.readSecret(strings.newPrompt)
    // Said before the second prompt, so a coach does not type a refused PIN twice.
    try PINRules.check(first)
    guard try prompt.readSecret(strings.repeatPrompt) == first else {
      throw KioskPINError.mismatch
    }
    try KioskPIN.make(pin: first, iterations: iterations).write(to: directory)
    return damaged ? .replacedDamaged : .saved
  }
}
