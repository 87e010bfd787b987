import CoachCore
import Foundation

extension CommandContext {
  /// The coach's playbook for a command that only reads: empty without a store; a damaged
  /// file is said on stderr and the builtin checklists and protocols still serve.
  func readablePlaybook() -> CoachPlaybook {
    guard let store = try? store() else { return CoachPlaybook() }
    do {
      return try store.readPlaybook()
    } catch {
      printError(ErrorSentence.text(for: error, in: language))
      return CoachPlaybook()
    }
  }
}
