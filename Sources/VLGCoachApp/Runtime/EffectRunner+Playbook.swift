import CoachCore
import CoachUI
import Foundation

/// The coach's own checklists and protocols, written to `playbook.plist`.
extension EffectRunner {
  func savePlaybook(_ playbook: CoachPlaybook) -> Event {
    do {
      try store.savePlaybook(playbook)
      return .playbookSaved(playbook)
    } catch {
      // A read-only store or a file changed outside vlgcoach: nothing was written.
      return .playbookSaveFailed(ErrorSentence.text(for: error, in: language, writing: true))
    }
  }
}
