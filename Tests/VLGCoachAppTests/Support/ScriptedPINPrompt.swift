@testable import VLGCoachApp

/// Types the given lines, one per prompt, and remembers the prompts; when the lines run
/// out it gives up the way Ctrl-D does.
final class ScriptedPINPrompt: PINPrompt {
  private var lines: [String]
  private(set) var prompts: [String] = []

  init(_ lines: String...) { self.lines = lines }

  func readSecret(_ prompt: String) throws -> String {
    prompts.append(prompt)
    guard !lines.isEmpty else { throw KioskPINError.cancelled }
    return lines.removeFirst()
  }
}
